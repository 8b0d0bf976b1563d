"""Cache invalidation strategies with Django's cache API:
1. TTL only: simple, but readers see stale data until the entry expires;
2. delete on write: a post_save/post_delete receiver drops the key, so the
   next read reloads fresh data;
3. versioned (generation) keys: bump one counter to invalidate a whole group
   of keys at once; the orphans expire on their own.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 invalidation_ttl.py
"""
import sys
import time

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.db.models.signals import post_delete, post_save  # noqa: E402


class Product(models.Model):
    name = models.CharField(max_length=50)
    price = models.IntegerField()
    category = models.CharField(max_length=20)

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
kb = Product.objects.create(name="Keyboard", price=100, category="tech")
Product.objects.create(name="Mouse", price=25, category="tech")

db_reads = {"n": 0}


def get_price(pk, timeout=300):
    """Cache-aside read of one product's price."""
    key = f"product:{pk}:price"
    price = cache.get(key)
    if price is None:
        db_reads["n"] += 1
        price = Product.objects.values_list("price", flat=True).get(pk=pk)
        cache.set(key, price, timeout=timeout)
    return price


print("== 1) TTL only: stale until expiry ==")
print(f"read: {get_price(kb.pk, timeout=1)}")
Product.objects.filter(pk=kb.pk).update(price=90)  # a write that nobody told the cache about
print(f"after price change to 90, read: {get_price(kb.pk)}  <- stale")
assert get_price(kb.pk) == 100
time.sleep(1.05)
print(f"after the 1 s TTL: {get_price(kb.pk)}")
assert get_price(kb.pk) == 90


print("\n== 2) delete on write (signals) ==")
def drop_product_cache(sender, instance, **kwargs):
    cache.delete(f"product:{instance.pk}:price")


post_save.connect(drop_product_cache, sender=Product)
post_delete.connect(drop_product_cache, sender=Product)

get_price(kb.pk)  # warm the cache
kb.refresh_from_db()
kb.price = 80
kb.save()  # post_save -> cache.delete
print(f"after kb.save(price=80), read: {get_price(kb.pk)}  <- fresh immediately")
assert get_price(kb.pk) == 80
Product.objects.filter(pk=kb.pk).update(price=70)  # update() sends no signal...
print(f"after queryset.update(price=70), read: {get_price(kb.pk)}  <- stale: bulk writes bypass signals")
assert get_price(kb.pk) == 80
cache.delete(f"product:{kb.pk}:price")  # ...so bulk paths must invalidate explicitly


print("\n== 3) generation keys: invalidate a whole group with one incr ==")
def list_cache_key(category, page):
    generation = cache.get_or_set(f"gen:{category}", 1, timeout=None)
    return f"list:{category}:g{generation}:p{page}"


def product_list(category, page):
    key = list_cache_key(category, page)
    names = cache.get(key)
    if names is None:
        db_reads["n"] += 1
        names = list(Product.objects.filter(category=category).order_by("name").values_list("name", flat=True))
        cache.set(key, names, timeout=600)
    return names


for page in (1, 2, 3):
    product_list("tech", page)
print(f"cached pages under {list_cache_key('tech', 1).rsplit(':', 1)[0]}:p1..p3")
Product.objects.create(name="Monitor", price=300, category="tech")
cache.incr("gen:tech")  # one O(1) call; no need to find and delete every page key
before = db_reads["n"]
print(f"after adding Monitor and incr('gen:tech'): key now {list_cache_key('tech', 1)}, "
      f"page 1 = {product_list('tech', 1)}")
assert "Monitor" in product_list("tech", 1) and db_reads["n"] == before + 1

print("OK: TTL bounds staleness, delete-on-write gives fresh reads, generation keys drop a whole group")
