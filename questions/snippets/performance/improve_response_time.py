"""Improving an endpoint's response time, measured step by step: N+1 -> JOIN -> pagination -> cache.

A "list books with their author" endpoint over SQLite. Every query pays a simulated 1 ms round
trip, as it would to a database server over the network (SQLite itself is in-process).
Shows:
- measure first: queries per request and milliseconds, counted by a trace callback;
- the N+1 pattern (1 query for books + 1 per book for its author) vs one JOIN
  (what Django's select_related does);
- a page of 20 with only the needed fields instead of everything: fewer rows, smaller payload;
- a cache in front of it (cache-aside): a hit needs no query at all.

Needs: nothing beyond the standard library.
"""
import json
import sqlite3
import time

ROUND_TRIP = 0.001

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT, bio TEXT);
    CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT, summary TEXT,
                       author_id INTEGER REFERENCES author(id));
""")
db.executemany("INSERT INTO author VALUES (?, ?, ?)", [(i, f"author {i}", "x" * 300) for i in range(1, 51)])
db.executemany("INSERT INTO book VALUES (?, ?, ?, ?)",
               [(i, f"book {i}", "y" * 500, i % 50 + 1) for i in range(1, 201)])

QUERIES = []
db.set_trace_callback(QUERIES.append)  # sees every SQL statement: our query counter


def q(sql, *params):
    time.sleep(ROUND_TRIP)  # the network round trip a real database server would cost
    return db.execute(sql, params).fetchall()


def n_plus_one():
    books = q("SELECT id, title, summary, author_id FROM book")
    out = []
    for book_id, title, summary, author_id in books:
        name, bio = q("SELECT name, bio FROM author WHERE id = ?", author_id)[0]  # one query per book
        out.append({"id": book_id, "title": title, "summary": summary, "author": {"name": name, "bio": bio}})
    return out


def joined():
    rows = q("SELECT b.id, b.title, b.summary, a.name, a.bio FROM book b JOIN author a ON a.id = b.author_id")
    return [{"id": i, "title": t, "summary": s, "author": {"name": n, "bio": bio}} for i, t, s, n, bio in rows]


def joined_page(limit=20, after_id=0):
    rows = q("SELECT b.id, b.title, a.name FROM book b JOIN author a ON a.id = b.author_id "
             "WHERE b.id > ? ORDER BY b.id LIMIT ?", after_id, limit)
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]


CACHE = {}


def cached_page(limit=20, after_id=0):
    key = f"books:page:{after_id}:{limit}"
    if key not in CACHE:  # cache-aside: look in the cache, fall back to the DB, store the result
        CACHE[key] = joined_page(limit, after_id)
    return CACHE[key]


def measure(label, handler):
    QUERIES.clear()
    start = time.perf_counter()
    body = json.dumps(handler())
    ms = (time.perf_counter() - start) * 1000
    print(f"{label:34} {len(QUERIES):4} queries {ms:8.1f} ms {len(body):8} bytes")
    return len(QUERIES), ms, len(body)


print(f"{'endpoint version':34} {'DB work':>12} {'time':>11} {'JSON size':>14}")
n1 = measure("N+1: books, then author per book", n_plus_one)
jn = measure("one JOIN (select_related)", joined)
pg = measure("JOIN + page of 20, needed fields", joined_page)
measure("same page, cache miss", cached_page)
hit = measure("same page, cache hit", cached_page)

assert n1[0] == 201 and jn[0] == 1, "N+1 issued 1 + 200 queries, the JOIN one"
assert jn[1] < n1[1] / 5, "removing 200 round trips is the big win"
assert n1[2] == jn[2], "same data either way"
assert pg[2] < jn[2] / 10, "pagination + field selection shrank the payload"
assert hit[0] == 0 and hit[1] < pg[1], "a cache hit never reached the database"
print("OK: measured, then fixed N+1 with a JOIN, shrank the payload with pagination, and skipped the DB with a cache")
