import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["catalog"])
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def setUpModule():
    global catalog
    catalog = user_module("catalog")
    create_tables(catalog.Product)


class Invalidation(unittest.TestCase):
    def test_new_price_after_write(self):
        """right after set_price(), get_product() returns the new price"""
        product = catalog.Product.objects.create(name="mug", price_cents=1200)
        catalog.get_product(product.pk)
        catalog.set_price(product.pk, 900)
        price = catalog.get_product(product.pk)["price_cents"]
        if price != 900:
            raise CheckFailure("The cache still serves the old price after it was changed.", expected=900, actual=price,
                               at=catalog.set_price)

    def test_reads_are_cached(self):
        """a second read makes no database query"""
        product = catalog.Product.objects.create(name="tea", price_cents=300)
        catalog.get_product(product.pk)
        with CaptureQueriesContext(connection) as queries:
            catalog.get_product(product.pk)
        if len(queries):
            raise CheckFailure("A read right after another went to the database.", expected="0 queries",
                               actual=f"{len(queries)} queries", at=catalog.get_product)
