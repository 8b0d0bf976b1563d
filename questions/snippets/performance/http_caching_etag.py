"""HTTP caching with ETag: 304 Not Modified for unchanged data, 412 for writes based on old data.

Shows, with FastAPI:
- GET returns the body with an ETag (a fingerprint of the representation) and Cache-Control;
- a client that sends If-None-Match with that ETag gets 304 with an empty body: no payload
  transferred, the client reuses its copy;
- after the resource changes, the ETag changes and the same conditional GET returns 200 with the new body;
- the same ETag protects writes: PUT with a stale If-Match is refused with 412 (no lost update),
  and a PUT with no If-Match at all gets 428 Precondition Required (RFC 6585 §3);
- Django's @condition decorator implements the same RFC 9110 rules itself (304 and 412), checked
  against the real library when Django is installed.

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
    if if_match is None:
        raise HTTPException(428, "send If-Match with the ETag you read")
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

r = client.put("/products/1", json={**first.json(), "price": 1})
print(f"PUT without If-Match    -> {r.status_code} {r.json()['detail']}")
assert r.status_code == 428 and PRODUCTS[1]["price"] == 25

changed = client.get("/products/1", headers={"If-None-Match": etag})
print(f"GET If-None-Match: old  -> {changed.status_code}, {len(changed.content)} bytes, price now {changed.json()['price']}")
assert changed.status_code == 200 and changed.headers["etag"] != etag and changed.json()["price"] == 25

print("\n== the same rules implemented by a library: Django's @condition ==")
try:
    import django
    from django.conf import settings
except ImportError:
    print("skipped: Django is not installed (pip install django)")
else:
    settings.configure(ALLOWED_HOSTS=["testserver"], ROOT_URLCONF=__name__, MIDDLEWARE=[],
                       DEFAULT_CHARSET="utf-8", SECRET_KEY="demo-only")
    django.setup()
    from django.http import HttpResponse
    from django.test import Client
    from django.urls import path
    from django.views.decorators.http import condition

    VERSION = {"n": 1}

    @condition(etag_func=lambda request: f"v{VERSION['n']}")  # cheap: from a version number
    def product_view(request):
        if request.method == "PUT":
            VERSION["n"] += 1
            return HttpResponse(status=204)
        return HttpResponse(b'{"name": "Lamp"}', content_type="application/json")

    urlpatterns = [path("p/", product_view)]
    dj = Client()
    got = dj.get("/p/")
    tag = got["ETag"]
    not_modified = dj.get("/p/", HTTP_IF_NONE_MATCH=tag)
    stale_put = dj.put("/p/", HTTP_IF_MATCH='"v0"')
    fresh_put = dj.put("/p/", HTTP_IF_MATCH=tag)
    print(f"Django GET -> {got.status_code} ETag {tag}; If-None-Match -> {not_modified.status_code} "
          f"({len(not_modified.content)} bytes); PUT stale If-Match -> {stale_put.status_code}; "
          f"PUT current If-Match -> {fresh_put.status_code}")
    assert got.status_code == 200 and tag == '"v1"'
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert stale_put.status_code == 412 and fresh_put.status_code == 204 and VERSION["n"] == 2

print("OK: unchanged resource revalidated with 304 and no body; changed ETag gave 200; stale If-Match gave 412, missing If-Match 428; Django's @condition agrees")
