import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["shop"], ROOT_URLCONF="shop")
from django.test import Client  # noqa: E402


def setUpModule():
    global shop
    shop = user_module("shop")
    create_tables(shop.Product)


class ProductDetail(unittest.TestCase):
    def test_missing_is_404(self):
        """a product that does not exist answers 404"""
        response = Client(raise_request_exception=False).get("/products/999/")
        if response.status_code != 404:
            raise CheckFailure("A missing product must answer 404 Not Found.", expected="404",
                               actual=f"{response.status_code} {response.content[:60]!r}", at=shop.product_detail)

    def test_bug_is_500(self):
        """an unexpected error becomes a 500 that Django logs, not a 200"""
        broken = shop.Product.objects.create(name="no price yet", price_cents=None)
        response = Client(raise_request_exception=False).get(f"/products/{broken.pk}/")
        if response.status_code != 500:
            raise CheckFailure("A bug in the view (a product without a price) was answered as a success: "
                               "clients and monitoring never learn about it.", expected="500",
                               actual=f"{response.status_code} {response.content[:60]!r}", at=shop.product_detail)

    def test_existing_is_200(self):
        """an existing product answers 200 with its name and price"""
        product = shop.Product.objects.create(name="mug", price_cents=1250)
        response = Client().get(f"/products/{product.pk}/")
        if response.status_code != 200 or response.json() != {"name": "mug", "price": "12.50"}:
            raise CheckFailure("An existing product must still be served.", expected='200 {"name": "mug", "price": "12.50"}',
                               actual=f"{response.status_code} {response.content[:80]!r}")
