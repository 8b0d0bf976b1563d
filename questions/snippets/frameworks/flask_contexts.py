"""Flask's application context and request context.

Shows:
- `current_app`, `g`, `request` are proxies: outside a context they raise RuntimeError;
- `app.app_context()` provides current_app and g (scripts, CLI commands, background jobs);
- `app.test_request_context()` (or a real request) provides `request` and an app context too;
- `g` lives for one request: a value set in one request is gone in the next;
- teardown_appcontext runs after every request, the place to close a DB connection;
- the proxies are context-local: two threads handling requests at once each see their own request.

Needs: pip install flask
"""
import sys
import threading

try:
    from flask import Flask, current_app, g, request
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

app = Flask("shop")
app.config["DB_URL"] = "sqlite:///shop.db"
CLOSED = []


def get_db():
    if "db" not in g:  # one connection per request (per app context), created lazily
        g.db = {"url": current_app.config["DB_URL"], "id": len(CLOSED) + 1}
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        CLOSED.append(db["id"])


@app.get("/whoami")
def whoami():
    seen_before = "db" in g
    db = get_db()
    return {"app": current_app.name, "path": request.path, "q": request.args.get("q"),
            "db_id": db["id"], "g_had_db_at_start": seen_before}


for proxy, name in [(current_app, "current_app"), (request, "request")]:
    try:
        proxy.name if name == "current_app" else proxy.path
    except RuntimeError as err:
        print(f"{name} outside any context -> RuntimeError: {str(err).splitlines()[0]}")
    else:
        raise AssertionError(f"{name} should need a context")

with app.app_context():
    print("inside app_context: current_app.name =", current_app.name, "| DB_URL =", current_app.config["DB_URL"])
    assert current_app.name == "shop" and get_db()["url"] == "sqlite:///shop.db"
    try:
        request.path
        raise AssertionError("an app context alone has no request")
    except RuntimeError:
        print("inside app_context: request -> RuntimeError (no request here)")
assert CLOSED == [1], "leaving the app context ran teardown_appcontext"

with app.test_request_context("/search?q=lamp"):
    print("inside test_request_context: request.path =", request.path, "| q =", request.args["q"],
          "| current_app =", current_app.name)
    assert request.args["q"] == "lamp" and current_app.name == "shop"

client = app.test_client()
r1, r2 = client.get("/whoami?q=1").get_json(), client.get("/whoami?q=2").get_json()
print("request 1:", r1)
print("request 2:", r2)
assert r1["g_had_db_at_start"] is False and r2["g_had_db_at_start"] is False, "g starts empty every request"
assert r1["db_id"] != r2["db_id"] and CLOSED[-2:] == [r1["db_id"], r2["db_id"]], "one connection per request, closed after it"

seen = {}
barrier = threading.Barrier(2)


def handle(q):
    with app.test_request_context(f"/thread?q={q}"):
        barrier.wait()  # both threads are now inside a request at the same time
        seen[q] = request.args["q"]


threads = [threading.Thread(target=handle, args=(q,)) for q in ("alpha", "beta")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("two threads, simultaneous requests, each sees its own request.args:", seen)
assert seen == {"alpha": "alpha", "beta": "beta"}

print("OK: proxies need a context; app context = current_app/g, request context = request; g per request; context-local")
