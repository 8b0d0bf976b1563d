"""REST's constraints, seen on one tiny Flask resource.

Shows:
- a resource has one URL (/books/1) and is handled through the uniform interface (GET, PUT);
- the same resource comes in several representations (JSON or CSV), chosen with the Accept header;
- the server keeps no client session: no cookie is set, a write must carry its credentials itself;
- responses say whether they are cacheable (Cache-Control), so a layer in between (here a small
  caching WSGI middleware) can answer repeated GETs without the client noticing: a layered system.

Needs: pip install flask
"""
import sys

try:
    from flask import Flask, Response, jsonify, request
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

BOOKS = {1: {"id": 1, "title": "Dune", "author": "Frank Herbert"}}
HITS = {"app": 0}

app = Flask(__name__)


@app.route("/books/<int:book_id>", methods=["GET", "PUT"])
def book(book_id):
    HITS["app"] += 1
    if book_id not in BOOKS:
        return jsonify(error="not found"), 404
    if request.method == "PUT":
        # Stateless: no session to look up, the request itself must carry the credentials.
        if request.headers.get("Authorization") != "Bearer demo-token":
            return jsonify(error="missing or bad token"), 401
        BOOKS[book_id] = {"id": book_id, **request.get_json()}
    data = BOOKS[book_id]
    offered = ["application/json", "text/csv"]
    best = request.accept_mimetypes.best_match(offered) if request.accept_mimetypes else offered[0]
    if best == "text/csv":
        resp = Response(f"id,title,author\n{data['id']},{data['title']},{data['author']}\n",
                        mimetype="text/csv")
    elif best == "application/json":
        resp = jsonify(data)
    else:
        return jsonify(error="not acceptable"), 406
    if request.method == "GET":
        resp.headers["Cache-Control"] = "public, max-age=60"
        resp.headers["Vary"] = "Accept"
    return resp


class CachingLayer:
    """A cache between client and app that only trusts what Cache-Control says."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app
        self.store = {}

    def __call__(self, environ, start_response):
        key = (environ["PATH_INFO"], environ.get("HTTP_ACCEPT", ""))  # the response says Vary: Accept
        if environ["REQUEST_METHOD"] == "GET" and key in self.store:
            status, headers, body = self.store[key]
            start_response(status, headers + [("X-Cache", "HIT")])
            return [body]
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers + [("X-Cache", "MISS")], exc_info)

        body = b"".join(self.wsgi_app(environ, capture))
        if environ["REQUEST_METHOD"] != "GET":
            if not captured["status"].startswith(("4", "5")):  # a successful write makes copies stale
                self.store = {k: v for k, v in self.store.items() if k[0] != environ["PATH_INFO"]}
            return [body]
        if "max-age" in dict(captured["headers"]).get("Cache-Control", ""):
            self.store[key] = (captured["status"], captured["headers"], body)
        return [body]


app.wsgi_app = CachingLayer(app.wsgi_app)
client = app.test_client()
auth = {"Authorization": "Bearer demo-token"}

r_json = client.get("/books/1", headers={"Accept": "application/json"})
r_csv = client.get("/books/1", headers={"Accept": "text/csv"})
print("GET /books/1 Accept: application/json ->", r_json.status_code, r_json.content_type, r_json.get_json())
print("GET /books/1 Accept: text/csv         ->", r_csv.status_code, r_csv.content_type, repr(r_csv.get_data(as_text=True)))
assert r_json.get_json()["title"] == "Dune" and "Dune" in r_csv.get_data(as_text=True)
assert r_json.content_type == "application/json" and r_csv.content_type.startswith("text/csv")

r_406 = client.get("/books/1", headers={"Accept": "application/xml"})
print("GET /books/1 Accept: application/xml  ->", r_406.status_code, "(no such representation)")
assert r_406.status_code == 406

r_noauth = client.put("/books/1", json={"title": "X", "author": "Y"})
print("PUT /books/1 without the token        ->", r_noauth.status_code, "(no session to fall back on)")
assert r_noauth.status_code == 401
assert all("Set-Cookie" not in r.headers for r in (r_json, r_csv, r_noauth)), "server must not keep a session"

hits_before = HITS["app"]
r_again = client.get("/books/1", headers={"Accept": "application/json"})
print("GET /books/1 again                    ->", r_again.status_code, "X-Cache:", r_again.headers["X-Cache"],
      "| Cache-Control:", r_again.headers["Cache-Control"])
assert r_again.headers["X-Cache"] == "HIT" and HITS["app"] == hits_before, "the caching layer answered"

r_put = client.put("/books/1", json={"title": "Dune Messiah", "author": "Frank Herbert"}, headers=auth)
r_after = client.get("/books/1", headers={"Accept": "application/json"})
print("PUT /books/1 (with token) then GET    ->", r_put.status_code, "then", r_after.headers["X-Cache"], r_after.get_json())
assert r_put.status_code == 200 and r_after.get_json()["title"] == "Dune Messiah" and r_after.headers["X-Cache"] == "MISS"

print("OK: one resource URL, uniform methods, JSON/CSV representations, stateless auth, cacheable through a layer")
