"""Smaller payloads: send less data (pagination, field selection), then compress what you send (gzip).

Shows, with FastAPI and Starlette's GZipMiddleware:
- a list of 500 products as JSON, and the same list compressed when the client sends
  `Accept-Encoding: gzip` (Content-Encoding: gzip, far fewer bytes on the wire);
- no compression for clients that do not ask for it, nor for tiny responses below `minimum_size`
  (compressing them costs CPU and saves nothing);
- asking for fewer rows and fields (`?limit=20&fields=id,name`) shrinks the payload before compression.

Needs: pip install fastapi httpx
"""
import gzip
import sys
from typing import Optional

try:
    from fastapi import FastAPI, Query
    from fastapi.testclient import TestClient
    from starlette.middleware.gzip import GZipMiddleware
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

PRODUCTS = [{"id": i, "name": f"product {i}", "category": ["lamps", "desks", "chairs"][i % 3],
             "description": "A sturdy, well-made item for your home office. " * 3, "price": i % 97 + 0.99}
            for i in range(500)]

app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=1000)  # only compress bodies of 1000 bytes or more


@app.get("/products")
def products(limit: int = Query(500, le=500), fields: Optional[str] = None):
    rows = PRODUCTS[:limit]
    if fields:
        wanted = fields.split(",")
        rows = [{k: row[k] for k in wanted if k in row} for row in rows]
    return rows


@app.get("/health")
def health():
    return {"ok": True}


client = TestClient(app)


def fetch(url, encoding):
    r = client.get(url, headers={"Accept-Encoding": encoding})
    on_wire = int(r.headers["content-length"])  # what was sent; httpx has already decompressed r.content
    return r, on_wire


plain, plain_size = fetch("/products", "identity")
zipped, zipped_size = fetch("/products", "gzip")
print(f"GET /products, Accept-Encoding: identity -> {plain_size:7,} bytes, Content-Encoding: "
      f"{plain.headers.get('content-encoding', '(none)')}")
print(f"GET /products, Accept-Encoding: gzip     -> {zipped_size:7,} bytes, Content-Encoding: "
      f"{zipped.headers.get('content-encoding')}  ({plain_size / zipped_size:.0f}x smaller)")
assert "content-encoding" not in plain.headers and zipped.headers["content-encoding"] == "gzip"
assert zipped.json() == plain.json(), "same data after decompression"
assert zipped_size * 5 < plain_size, "repetitive JSON compresses very well"
assert len(gzip.compress(plain.content)) < plain_size

tiny, tiny_size = fetch("/health", "gzip")
print(f"GET /health,   Accept-Encoding: gzip     -> {tiny_size:7,} bytes, Content-Encoding: "
      f"{tiny.headers.get('content-encoding', '(none)')}  (below minimum_size)")
assert "content-encoding" not in tiny.headers

slim, slim_size = fetch("/products?limit=20&fields=id,name", "identity")
print(f"GET /products?limit=20&fields=id,name    -> {slim_size:7,} bytes uncompressed: {slim.json()[:2]} ...")
assert slim_size * 50 < plain_size and set(slim.json()[0]) == {"id", "name"}
print("OK: gzip shrank the large JSON when asked for, skipped tiny bodies, and sending fewer rows/fields shrank it most")
