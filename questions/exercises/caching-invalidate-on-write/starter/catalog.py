"""Exercise: Invalidate the cached product when its price changes

get_product() caches each product for an hour (cache-aside), but set_price() never touches the
cache, so the old price is served for up to an hour after a change. Invalidate (or update) the
cached entry on write, and keep reads served from the cache.
"""
from django.core.cache import cache
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    price_cents = models.IntegerField()

    class Meta:
        app_label = "catalog"


def product_key(product_id):
    return f"product:{product_id}"


def get_product(product_id):
    """{"name", "price_cents"} of the product, from the cache when it is there."""
    data = cache.get(product_key(product_id))
    if data is None:
        product = Product.objects.get(pk=product_id)
        data = {"name": product.name, "price_cents": product.price_cents}
        cache.set(product_key(product_id), data, timeout=3600)
    return data


def set_price(product_id, price_cents):
    Product.objects.filter(pk=product_id).update(price_cents=price_cents)
