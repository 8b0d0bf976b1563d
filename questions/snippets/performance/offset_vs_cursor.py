"""Why deep OFFSET pages get slow, and why keyset (cursor) pagination does not.

Uses SQLite with 300,000 rows. For pages at increasing depth, compares
  OFFSET:  SELECT ... ORDER BY id LIMIT 20 OFFSET :n          (reads and throws away n rows)
  keyset:  SELECT ... WHERE id > :last_id ORDER BY id LIMIT 20 (jumps straight there via the index)
Work is counted in SQLite virtual-machine steps (deterministic); times are printed for a feel.
Also shows the keyset pattern on a non-unique sort column: sort by (created_at, id) and compare the
pair, so ties never skip or repeat rows.

Needs: nothing beyond the standard library.
"""
import sqlite3
import time

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, created_at INT, payload TEXT)")
db.executemany("INSERT INTO events VALUES (?, ?, ?)", ((i, i // 3, "x" * 20) for i in range(1, 300_001)))
db.execute("CREATE INDEX idx_events_created_id ON events (created_at, id)")
PAGE = 20


def run(sql, *params):
    steps = [0]

    def tick():
        steps[0] += 1
        return 0

    db.set_progress_handler(tick, 100)
    start = time.perf_counter()
    rows = db.execute(sql, params).fetchall()
    ms = (time.perf_counter() - start) * 1000
    db.set_progress_handler(None, 0)
    return rows, steps[0] * 100, ms


print(f"{'page starts at row':>18} | {'OFFSET: VM steps':>17} {'ms':>7} | {'keyset: VM steps':>17} {'ms':>7}")
costs = []
for start_row in (0, 10_000, 100_000, 290_000):
    off_rows, off_steps, off_ms = run("SELECT id, payload FROM events ORDER BY id LIMIT ? OFFSET ?", PAGE, start_row)
    key_rows, key_steps, key_ms = run("SELECT id, payload FROM events WHERE id > ? ORDER BY id LIMIT ?", start_row, PAGE)
    print(f"{start_row:>18,} | {off_steps:>17,} {off_ms:7.2f} | {key_steps:>17,} {key_ms:7.2f}")
    assert off_rows == key_rows, "both return the same page"
    costs.append((off_steps, key_steps))

assert costs[-1][0] > 100 * costs[0][0], "OFFSET cost grows with the page depth"
assert costs[-1][1] <= costs[0][1] * 2 + 200, "keyset cost stays flat"
assert costs[-1][0] > 100 * costs[-1][1]

print("plan, OFFSET:", " | ".join(r[-1] for r in db.execute(
    "EXPLAIN QUERY PLAN SELECT id FROM events ORDER BY id LIMIT 20 OFFSET 290000")))
print("plan, keyset:", " | ".join(r[-1] for r in db.execute(
    "EXPLAIN QUERY PLAN SELECT id FROM events WHERE id > 290000 ORDER BY id LIMIT 20")))

seen, last = [], None  # keyset on a non-unique column: (created_at, id) is unique
while True:
    if last is None:
        rows = db.execute("SELECT created_at, id FROM events WHERE created_at < 40 "
                          "ORDER BY created_at, id LIMIT 7").fetchall()
    else:
        rows = db.execute("SELECT created_at, id FROM events WHERE created_at < 40 AND (created_at, id) > (?, ?) "
                          "ORDER BY created_at, id LIMIT 7", last).fetchall()
    if not rows:
        break
    seen += [r[1] for r in rows]
    last = rows[-1]
expected = [r[0] for r in db.execute("SELECT id FROM events WHERE created_at < 40 ORDER BY created_at, id")]
print(f"keyset over (created_at, id) with ties: {len(seen)} rows in pages of 7, none skipped or repeated:",
      seen == expected)
assert seen == expected
print("OK: OFFSET work grows with depth, keyset work stays flat; a (sort key, id) cursor handles ties")
