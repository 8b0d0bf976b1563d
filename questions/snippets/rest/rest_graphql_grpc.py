"""REST vs GraphQL vs gRPC: what HTTP caching gives REST, and what a single POST endpoint loses.

GraphQL and gRPC libraries are not needed for the point shown here, which is about HTTP itself,
checked against Django's real cache middleware (UpdateCacheMiddleware/FetchFromCacheMiddleware):
- REST: `GET /books/1` is a cacheable resource: the second request is answered from the cache
  (the view runs once) and carries Cache-Control/Expires;
- GraphQL's usual transport is `POST /graphql` with the query in the body: the same query sent
  twice runs the view twice, because HTTP caches only store GET/HEAD responses;
- a GraphQL query sent by GET (the query in the URL, as persisted queries do) is cacheable again.
- under-fetching: the REST client needs 2 round trips for "a book and its author", the
  GraphQL-style endpoint answers the selection in 1 (counted requests).
gRPC (HTTP/2 + protobuf, generated stubs, streaming) is described in the answer only.

Needs: pip install django   (Debian: apt install python3-django)
"""
import json
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    SECRET_KEY="demo-only",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=["django.middleware.cache.UpdateCacheMiddleware",
                "django.middleware.common.CommonMiddleware",
                "django.middleware.cache.FetchFromCacheMiddleware"],
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    CACHE_MIDDLEWARE_SECONDS=60,
)
django.setup()

from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

BOOKS = {1: {"id": 1, "title": "Dune", "author_id": 7, "pages": 412}}
AUTHORS = {7: {"id": 7, "name": "Frank Herbert", "born": 1920}}
runs = {"rest": 0, "graphql": 0}


def book(request, pk):
    runs["rest"] += 1
    return JsonResponse({**BOOKS[pk], "author": f"/authors/{BOOKS[pk]['author_id']}"})


def author(request, pk):
    runs["rest"] += 1
    return JsonResponse(AUTHORS[pk])


@csrf_exempt
def graphql(request):  # a stand-in resolver for: { book(id: 1) { title author { name } } }
    runs["graphql"] += 1
    query = json.loads(request.body)["query"] if request.method == "POST" else request.GET["query"]
    assert "book" in query
    b = BOOKS[1]
    return JsonResponse({"data": {"book": {"title": b["title"], "author": {"name": AUTHORS[b["author_id"]]["name"]}}}})


urlpatterns = [path("books/<int:pk>", book), path("authors/<int:pk>", author), path("graphql", graphql)]
client = Client()

print("== REST: GET is cacheable by HTTP caches ==")
r1, r2 = client.get("/books/1"), client.get("/books/1")
print(f"GET /books/1 twice -> view ran {runs['rest']} time(s); Cache-Control: {r2['Cache-Control']}")
assert runs["rest"] == 1 and r2.json() == r1.json() and "max-age=60" in r2["Cache-Control"]

print("\n== GraphQL over POST: the same query is not cached ==")
q = {"query": "{ book(id: 1) { title author { name } } }"}
for _ in range(2):
    r = client.post("/graphql", data=json.dumps(q), content_type="application/json")
print(f"POST /graphql twice -> view ran {runs['graphql']} time(s); {r.json()}")
assert runs["graphql"] == 2 and not r.has_header("Cache-Control")

print("\n== GraphQL over GET (query in the URL): cacheable again ==")
runs["graphql"] = 0
for _ in range(2):
    r = client.get("/graphql", {"query": q["query"]})
print(f"GET /graphql?query=... twice -> view ran {runs['graphql']} time(s)")
assert runs["graphql"] == 1

print("\n== round trips for 'a book with its author's name' ==")
runs["rest"] = 0
client = Client()
b = client.get("/books/1").json()
a = client.get(b["author"]).json()
print(f"REST: 2 requests (/books/1, then {b['author']}) -> {a['name']}; GraphQL: 1 request, only the "
      f"fields asked for -> {r.json()['data']}")
assert "pages" in b and "born" in a  # REST returned whole resources: over-fetching
assert set(r.json()["data"]["book"]) == {"title", "author"}

print("OK: REST GETs are cached by standard HTTP caching; GraphQL POSTs bypass it (GET/persisted queries "
      "restore it); GraphQL saves round trips and over-fetching")
