"""Caching patterns side by side, with counted database reads and writes:
- cache-aside (lazy loading): the app reads the cache, on a miss loads from
  the DB and fills the cache; on write it updates the DB and deletes the key;
- write-through: every write goes to the DB and the cache together, so reads
  right after a write are hits;
- write-behind (write-back): writes go to the cache and a queue; the DB is
  updated later in batches - fast, but the DB lags and a crash loses writes.

Needs: nothing beyond Python 3 (the cache and the database are simulated so
       the counts are exact; in production the cache would be Redis).
Run:   python3 cache_patterns.py
"""


class Database:
    def __init__(self):
        self.rows = {"user:1": "Ada", "user:2": "Alan"}
        self.reads = self.writes = 0

    def read(self, key):
        self.reads += 1
        return self.rows.get(key)

    def write(self, key, value):
        self.writes += 1
        self.rows[key] = value


class CacheAside:
    def __init__(self, db):
        self.db, self.cache = db, {}

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        value = self.db.read(key)        # miss: the APP loads from the DB...
        self.cache[key] = value          # ...and populates the cache
        return value

    def update(self, key, value):
        self.db.write(key, value)        # DB is the source of truth
        self.cache.pop(key, None)        # invalidate; next read reloads


class WriteThrough(CacheAside):
    def update(self, key, value):
        self.db.write(key, value)        # synchronously to both
        self.cache[key] = value


class WriteBehind(CacheAside):
    def __init__(self, db):
        super().__init__(db)
        self.dirty = {}

    def update(self, key, value):
        self.cache[key] = value          # fast: memory only
        self.dirty[key] = value          # flushed later by a background job

    def flush(self):
        for key, value in self.dirty.items():  # repeated writes to a key coalesce
            self.db.write(key, value)
        self.dirty.clear()


def counts(db):
    return f"db reads={db.reads} writes={db.writes}"


print("== cache-aside ==")
db = Database()
c = CacheAside(db)
c.get("user:1")
c.get("user:1")
print(f"two reads            -> {counts(db)} (1 miss, 1 hit)")
assert (db.reads, db.writes) == (1, 0)
c.update("user:1", "Ada L.")
print(f"update + read        -> {c.get('user:1')!r}, {counts(db)} (miss after invalidation)")
assert (db.reads, db.writes) == (2, 1)
c.get("user:3")
c.get("user:3")
print(f"2 reads, missing row -> {counts(db)}: the 'not found' (None) was cached too")
print("   (negative caching; with Django's cache.get() use a sentinel default to tell\n"
      "    a cached None from a miss)")
assert db.reads == 3

print("\n== write-through ==")
db = Database()
c = WriteThrough(db)
c.update("user:1", "Ada L.")
print(f"update + read        -> {c.get('user:1')!r}, {counts(db)} (hit, no DB read)")
assert (db.reads, db.writes) == (0, 1)
for i in range(5):
    c.update(f"user:{100 + i}", "rarely read")
print(f"5 writes never read  -> {len(c.cache)} cache entries (write-through fills the cache with cold data)")
assert len(c.cache) == 6

print("\n== write-behind ==")
db = Database()
c = WriteBehind(db)
for n in range(3):
    c.update("user:1", f"Ada v{n}")
print(f"3 updates            -> cache {c.get('user:1')!r}, DB {db.rows['user:1']!r}, {counts(db)}")
assert db.rows["user:1"] == "Ada" and db.writes == 0  # the DB lags behind
c.flush()
print(f"after flush()        -> DB {db.rows['user:1']!r}, {counts(db)} (3 writes coalesced into 1)")
assert db.rows["user:1"] == "Ada v2" and db.writes == 1
c.update("user:2", "Alan T.")
c = WriteBehind(db)  # the cache node "crashes" before the next flush
print(f"crash before flush   -> DB still {db.rows['user:2']!r}: the write is lost")
assert db.rows["user:2"] == "Alan"

print("OK: cache-aside loads on miss and deletes on write; write-through keeps cache fresh; write-behind batches but can lose writes")
