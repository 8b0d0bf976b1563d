"""Caching API data: cache-aside with a TTL, invalidation on write, and why the cache must be shared.

A small in-process class stands in for Redis with the same calls redis-py uses
(get / set(key, value, ex=seconds) / delete), so the example runs anywhere. Shows:
- a miss goes to the slow database and fills the cache; a hit skips the database;
- a write that does not invalidate leaves readers seeing stale data until the TTL expires;
- deleting the key on write makes the next read fresh;
- with one cache per worker process, invalidating on worker A leaves worker B stale;
  one shared cache (Redis/Memcached) serves every worker the same data.

Needs: nothing beyond the standard library (in production: pip install redis).
"""
import json
import time

DB = {"p1": {"id": "p1", "name": "Lamp", "price": 30}}
DB_READS = [0]


def db_get(product_id):
    DB_READS[0] += 1
    time.sleep(0.05)  # a slow query
    return dict(DB[product_id])


class FakeRedis:
    """The three redis-py calls cache-aside needs, kept in a dict with expiry times."""

    def __init__(self):
        self.data = {}

    def get(self, key):
        value, expires = self.data.get(key, (None, 0))
        return value if time.monotonic() < expires else None

    def set(self, key, value, ex):
        self.data[key] = (value, time.monotonic() + ex)

    def delete(self, key):
        self.data.pop(key, None)


SHORT_TTL = 0.3  # short so the demo can wait for it; minutes in real life


def get_product(cache, product_id, ttl):
    key = f"product:{product_id}"
    cached = cache.get(key)
    if cached is not None:
        return json.loads(cached), "hit"
    product = db_get(product_id)
    cache.set(key, json.dumps(product), ex=ttl)  # always set a TTL: a safety net for missed invalidations
    return product, "miss"


def update_price(cache, product_id, price, invalidate=True):
    DB[product_id]["price"] = price  # write to the database first...
    if invalidate:
        cache.delete(f"product:{product_id}")  # ...then drop the cached copy


def timed(cache, ttl=60):
    start = time.perf_counter()
    product, how = get_product(cache, "p1", ttl)
    return product["price"], how, (time.perf_counter() - start) * 1000


cache = FakeRedis()
for _ in range(2):
    price, how, ms = timed(cache, SHORT_TTL)
    print(f"read: price={price} cache {how:4} {ms:6.1f} ms")
assert DB_READS[0] == 1, "the second read was served from the cache"

update_price(cache, "p1", 25, invalidate=False)
price, how, _ = timed(cache, SHORT_TTL)
print(f"after a write WITHOUT invalidation: price={price} ({how}) <- stale, database says {DB['p1']['price']}")
assert price == 30
time.sleep(SHORT_TTL)
price, how, _ = timed(cache)
print(f"after the TTL ({SHORT_TTL}s) expired:      price={price} ({how})")
assert price == 25 and how == "miss"

update_price(cache, "p1", 20)
price, how, _ = timed(cache)
print(f"after a write WITH invalidation:    price={price} ({how})")
assert price == 20 and how == "miss"

worker_a, worker_b = FakeRedis(), FakeRedis()  # e.g. functools.lru_cache or a dict in each process
timed(worker_a), timed(worker_b)
update_price(worker_a, "p1", 15)  # the write request happened to land on worker A
a_price, b_price = timed(worker_a)[0], timed(worker_b)[0]
print(f"per-process caches: worker A sees {a_price}, worker B sees {b_price}  <- inconsistent")
assert (a_price, b_price) == (15, 20)

shared = FakeRedis()  # one Redis that every worker talks to
timed(shared)
update_price(shared, "p1", 10)
a_price, b_price = timed(shared)[0], timed(shared)[0]
print(f"shared cache:       worker A sees {a_price}, worker B sees {b_price}")
assert a_price == b_price == 10
print("OK: cache-aside hit skipped the DB; invalidation on write (plus TTL) kept it fresh; a shared cache stayed consistent")
