"""A small RESTful API: resources as nouns, HTTP methods as verbs, status codes that mean something.

Shows, on a /books collection written with Flask:
- POST to the collection creates an item: 201 Created with a Location header pointing at it;
- GET the collection (with a query-string filter) and GET one item;
- DELETE answers 204 No Content, and the item is then 404;
- a method the resource does not support is 405 with an Allow header;
- errors are JSON bodies too, never an HTML page.

Needs: pip install flask
"""
import sys

try:
    from flask import Flask, jsonify, request, url_for
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

app = Flask(__name__)
BOOKS = {}
NEXT_ID = [1]


@app.errorhandler(404)
@app.errorhandler(405)
def json_error(err):
    resp = err.get_response()
    resp.data = jsonify(error=err.name, status=err.code).get_data()
    resp.content_type = "application/json"
    return resp


@app.get("/books")
def list_books():
    author = request.args.get("author")
    items = [b for b in BOOKS.values() if author is None or b["author"] == author]
    return jsonify(items=items, count=len(items))


@app.post("/books")
def create_book():
    data = request.get_json()
    if not data or "title" not in data:
        return jsonify(error="title is required"), 400
    book = {"id": NEXT_ID[0], "title": data["title"], "author": data.get("author", "")}
    BOOKS[book["id"]] = book
    NEXT_ID[0] += 1
    return jsonify(book), 201, {"Location": url_for("get_book", book_id=book["id"])}


@app.get("/books/<int:book_id>")
def get_book(book_id):
    book = BOOKS.get(book_id)
    return (jsonify(book), 200) if book else (jsonify(error="Not Found", status=404), 404)


@app.delete("/books/<int:book_id>")
def delete_book(book_id):
    if BOOKS.pop(book_id, None) is None:
        return jsonify(error="Not Found", status=404), 404
    return "", 204


client = app.test_client()


def show(method, url, resp):
    body = resp.get_data(as_text=True).strip()
    print(f"{method:6} {url:28} -> {resp.status_code}  {body[:70]}")


r1 = client.post("/books", json={"title": "Dune", "author": "Herbert"})
show("POST", "/books", r1)
assert r1.status_code == 201 and r1.headers["Location"].endswith("/books/1")
print("       Location:", r1.headers["Location"])
r2 = client.post("/books", json={"title": "Emma", "author": "Austen"})
r_bad = client.post("/books", json={"author": "Nobody"})
show("POST", "/books (no title)", r_bad)
assert r2.status_code == 201 and r_bad.status_code == 400

r = client.get("/books?author=Austen")
show("GET", "/books?author=Austen", r)
assert r.get_json()["count"] == 1 and r.get_json()["items"][0]["title"] == "Emma"

r = client.get("/books/1")
show("GET", "/books/1", r)
assert r.status_code == 200 and r.get_json()["title"] == "Dune"

r = client.delete("/books/1")
show("DELETE", "/books/1", r)
assert r.status_code == 204 and r.get_data() == b""

r = client.get("/books/1")
show("GET", "/books/1", r)
assert r.status_code == 404 and r.is_json

r = client.put("/books")
show("PUT", "/books", r)
print("       Allow:", r.headers["Allow"])
assert r.status_code == 405 and {"GET", "POST"} <= set(r.headers["Allow"].replace(" ", "").split(","))
assert r.is_json

print("OK: nouns in URLs, verbs as methods: 201+Location, 204, 404, 405+Allow, 400 with JSON errors")
