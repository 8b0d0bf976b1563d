"""Database indexes: what they speed up, which queries can use them, and what they cost.

Uses SQLite with 200,000 orders. Shows:
- `WHERE customer_id = ?` without an index: the plan is a full table SCAN; with an index it
  becomes a SEARCH USING INDEX and does a tiny fraction of the work;
- a composite index (customer_id, created_at) also serves `ORDER BY created_at` for one customer
  (no separate sort step), but SQLite cannot SEEK it for a query on created_at alone (leftmost
  prefix; PostgreSQL may still scan such an index, and PG 18 adds skip scan);
- indexes are not free: every INSERT must update each of them.
Work is counted in SQLite virtual-machine steps (deterministic); times are printed for a feel.

Needs: nothing beyond the standard library.
"""
import random
import sqlite3
import time

random.seed(7)
ROWS = [(i, random.randint(1, 5000), 1_700_000_000 + i * 60, random.random() * 100) for i in range(200_000)]


def fresh_db():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INT, created_at INT, total REAL)")
    return db


def plan(db, sql, *params):
    return " | ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))


def work(db, sql, *params):
    """Run a query; return (approximate VM steps, ms, rows)."""
    steps = [0]

    def tick():
        steps[0] += 1
        return 0

    db.set_progress_handler(tick, 100)  # called every 100 VM instructions
    start = time.perf_counter()
    rows = db.execute(sql, params).fetchall()
    ms = (time.perf_counter() - start) * 1000
    db.set_progress_handler(None, 0)
    return steps[0] * 100, ms, rows


db = fresh_db()
db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", ROWS)
by_customer = "SELECT id, total FROM orders WHERE customer_id = ?"
latest = "SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 10"
by_date = "SELECT id, total FROM orders WHERE created_at > ?"

print("no index:")
print("   plan:", plan(db, by_customer, 42))
no_idx = work(db, by_customer, 42)
print(f"   ~{no_idx[0]:,} VM steps {no_idx[1]:7.2f} ms -> {len(no_idx[2])} rows")
assert "SCAN" in plan(db, by_customer, 42)

db.execute("CREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at)")
print("with index on (customer_id, created_at):")
print("   plan:", plan(db, by_customer, 42))
idx = work(db, by_customer, 42)
print(f"   ~{idx[0]:,} VM steps {idx[1]:7.2f} ms -> {len(idx[2])} rows")
assert "USING INDEX idx_orders_customer_created" in plan(db, by_customer, 42)
assert sorted(idx[2]) == sorted(no_idx[2]), "same answer"
assert idx[0] * 50 < no_idx[0], "the index did a tiny fraction of the work"

print("   latest 10 for one customer:", plan(db, latest, 42))
assert "TEMP B-TREE" not in plan(db, latest, 42), "the index already returns rows in created_at order"
print("   filter on created_at only:  ", plan(db, by_date, 1_700_000_000))
assert "SCAN" in plan(db, by_date, 1_700_000_000) and "SEARCH" not in plan(db, by_date, 1_700_000_000), \
    "SQLite: created_at is not the leftmost column, so no index search"

insert_work = {}
for label, indexes in [("no secondary index", []),
                       ("3 secondary indexes", ["customer_id, created_at", "created_at", "total"])]:
    db = fresh_db()
    for n, cols in enumerate(indexes):
        db.execute(f"CREATE INDEX i{n} ON orders ({cols})")
    steps = [0]

    def tick():
        steps[0] += 1
        return 0

    db.set_progress_handler(tick, 100)
    start = time.perf_counter()
    db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", ROWS[:60_000])
    db.commit()
    ms = (time.perf_counter() - start) * 1000
    db.set_progress_handler(None, 0)
    insert_work[label] = steps[0] * 100
    print(f"insert 60,000 rows, {label:20}: ~{insert_work[label]:>10,} VM steps, {ms:6.0f} ms")
# counted work, not time: each extra index adds B-tree inserts to every row written
assert insert_work["3 secondary indexes"] > 1.5 * insert_work["no secondary index"], "every index is maintained on write"
print("OK: index turned a full SCAN into an index SEARCH, served ORDER BY, obeyed the leftmost prefix, and slowed inserts")
