"""HTTP caching with ETag: 304 Not Modified for unchanged data, 412 for writes based on old data.

Shows, with FastAPI:
- GET returns the body with an ETag (a fingerprint of the representation) and Cache-Control;
- a client that sends If-None-Match with that ETag gets 304 with an empty body: no payload
  transferred, the client reuses its copy;
- after the resource changes, the ETag changes and the same conditional GET returns 200 with the new body;
- the same ETag protects writes: PUT with a stale If-Match is refused with 412 (no lost update).

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import hashlib
import json
import sys
from typing import Optional

try:
    from fastapi import Body, FastAPI, Header, HTTPException, Response
    from fastapi.testclient import TestClient
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

PRODUCTS = {1: {"id": 1, "name": "Lamp", "price": 30, "description": "A warm light. " * 40}}
app = FastAPI()


def representation(product_id):
    body = json.dumps(PRODUCTS[product_id], sort_keys=True).encode()
    return body, '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


@app.get("/products/{product_id}")
def get_product(product_id: int, if_none_match: Optional[str] = Header(None)):
    body, etag = representation(product_id)
    headers = {"ETag": etag, "Cache-Control": "max-age=60, must-revalidate"}
    if if_none_match == etag:
        return Response(status_code=304, headers=headers)  # "your copy is still good"
    return Response(body, media_type="application/json", headers=headers)


@app.put("/products/{product_id}")
def put_product(product_id: int, data: dict = Body(...), if_match: Optional[str] = Header(None)):
    _, etag = representation(product_id)
    if if_match != etag:
        raise HTTPException(412, "resource changed since you read it; GET it again")
    PRODUCTS[product_id] = {"id": product_id, **data}
    return Response(status_code=204, headers={"ETag": representation(product_id)[1]})


client = TestClient(app)

first = client.get("/products/1")
etag = first.headers["etag"]
print(f"GET                     -> {first.status_code}, {len(first.content)} bytes, ETag {etag}, "
      f"Cache-Control: {first.headers['cache-control']}")

again = client.get("/products/1", headers={"If-None-Match": etag})
print(f"GET If-None-Match: ETag -> {again.status_code}, {len(again.content)} bytes")
assert first.status_code == 200 and again.status_code == 304 and again.content == b""

alice_etag = bob_etag = etag  # two clients read the same version
r = client.put("/products/1", json={**first.json(), "price": 25}, headers={"If-Match": alice_etag})
print(f"PUT If-Match: ETag      -> {r.status_code} (alice's update), new ETag {r.headers['etag']}")
assert r.status_code == 204

r = client.put("/products/1", json={**first.json(), "price": 35}, headers={"If-Match": bob_etag})
print(f"PUT If-Match: old ETag  -> {r.status_code} {r.json()['detail']}")
assert r.status_code == 412 and PRODUCTS[1]["price"] == 25, "bob did not overwrite alice's change"

changed = client.get("/products/1", headers={"If-None-Match": etag})
print(f"GET If-None-Match: old  -> {changed.status_code}, {len(changed.content)} bytes, price now {changed.json()['price']}")
assert changed.status_code == 200 and changed.headers["etag"] != etag and changed.json()["price"] == 25

print("OK: unchanged resource revalidated with 304 and no body; changed ETag gave 200; stale If-Match gave 412")
