"""Paginating a list endpoint: limit/offset vs an opaque cursor, with a capped page size.

Shows, with FastAPI, on a feed sorted newest first:
- limit/offset pages; when a new post arrives between two requests, page 2 repeats an item
  the client already saw (rows shift under the offset);
- cursor (keyset) pages: the cursor encodes the last item seen, so new posts do not shift anything;
  the response carries a `next` link the client follows as-is, and the cursor is opaque;
- `limit` is validated and capped (422 above the maximum), so nobody can ask for a million rows.

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import base64
import json
import sys
from typing import Optional

try:
    from fastapi import FastAPI, HTTPException, Query
    from fastapi.testclient import TestClient
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

POSTS = [{"id": i, "title": f"post {i}"} for i in range(1, 11)]
app = FastAPI()


def newest_first():
    return sorted(POSTS, key=lambda p: p["id"], reverse=True)


@app.get("/offset/posts")
def posts_offset(limit: int = Query(3, ge=1, le=100), offset: int = Query(0, ge=0)):
    rows = newest_first()
    return {"items": rows[offset:offset + limit], "total": len(rows), "limit": limit, "offset": offset}


def encode_cursor(last_id):
    raw = base64.urlsafe_b64encode(json.dumps({"before_id": last_id}).encode()).decode()
    return raw.rstrip("=")  # URL-safe alphabet, no padding: nothing to escape in a query string


def decode_cursor(cursor):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        return int(json.loads(base64.urlsafe_b64decode(padded.encode()))["before_id"])
    except Exception:
        raise HTTPException(400, "invalid cursor")


@app.get("/cursor/posts")
def posts_cursor(limit: int = Query(3, ge=1, le=100), cursor: Optional[str] = None):
    rows = newest_first()
    if cursor:  # in SQL: WHERE id < :before_id ORDER BY id DESC LIMIT :limit  (uses the index)
        before = decode_cursor(cursor)
        rows = [r for r in rows if r["id"] < before]
    page = rows[:limit]
    has_more = len(rows) > limit
    nxt = f"/cursor/posts?limit={limit}&cursor={encode_cursor(page[-1]['id'])}" if has_more else None
    return {"items": page, "next": nxt}


def ids(resp):
    return [p["id"] for p in resp.json()["items"]]


client = TestClient(app)

print("limit/offset:")
page1 = client.get("/offset/posts?limit=3&offset=0")
POSTS.append({"id": 11, "title": "post 11"})  # someone publishes while the client reads
page2 = client.get("/offset/posts?limit=3&offset=3")
print("   page 1 ids:", ids(page1), "| new post 11 arrives | page 2 ids:", ids(page2))
dupes = set(ids(page1)) & set(ids(page2))
print("   seen twice:", sorted(dupes))
assert dupes == {8}, "the insert shifted every row by one: page 2 repeats post 8"

POSTS.pop()  # back to posts 1..10
print("cursor:")
c1 = client.get("/cursor/posts?limit=3")
POSTS.append({"id": 11, "title": "post 11"})
c2 = client.get(c1.json()["next"])
print("   page 1 ids:", ids(c1), "| new post 11 arrives | page 2 ids:", ids(c2))
print("   next link:", c1.json()["next"])
assert ids(c1) == [10, 9, 8] and ids(c2) == [7, 6, 5], "no duplicates, no gaps"

seen, url = [], "/cursor/posts?limit=4"
while url:
    body = client.get(url).json()
    seen += [p["id"] for p in body["items"]]
    url = body["next"]
print("   walking every next link from a fresh start:", seen)
assert seen == list(range(11, 0, -1))

too_big = client.get("/offset/posts?limit=100000")
bad_cursor = client.get("/cursor/posts?cursor=not-a-cursor")
print("limit=100000 ->", too_big.status_code, "| cursor=not-a-cursor ->", bad_cursor.status_code)
assert too_big.status_code == 422 and bad_cursor.status_code == 400

print("OK: offset pages repeat rows after an insert, cursor pages do not; limit is capped; next links drive paging")
