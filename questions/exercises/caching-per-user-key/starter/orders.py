"""Exercise: Stop the cache from showing one user's orders to another

my_orders() caches the list of orders to save database queries, but the cache key is the same for
everyone: the first user's orders are then shown to every other user. Put the user in the key, so
each user gets their own cached list.
"""
from django.core.cache import cache
from django.db import models


class Order(models.Model):
    user_id = models.IntegerField()
    item = models.CharField(max_length=100)

    class Meta:
        app_label = "orders"


def my_orders(user_id):
    """The items this user ordered, cached for 5 minutes."""
    key = "orders:mine"
    items = cache.get(key)
    if items is None:
        items = list(Order.objects.filter(user_id=user_id).order_by("id").values_list("item", flat=True))
        cache.set(key, items, timeout=300)
    return items
