"""REST is stateless about the conversation, not about the data.

Shows, with two Flask workers sharing one database (resource state lives on the server):
- a *stateful* "give me the next page" endpoint remembers each client's position in worker memory:
  a retried GET silently skips a page, and another worker starts again from page 1;
- the *stateless* version puts the position in the request (?cursor=...) and returns a `next` link:
  a retry returns the same page, and any worker continues correctly;
- a POST still changes resource state that every worker sees: "stateless" does not mean "no data".

Needs: pip install flask
"""
import sys

try:
    from flask import Flask, jsonify, request
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

DATABASE = {i: f"book-{i}" for i in range(1, 8)}  # shared resource state
PAGE = 3


def make_worker(name):
    app = Flask(name)
    positions = {}  # per-client conversation state, kept in this worker's memory

    @app.get("/books/next-page")  # stateful design
    def next_page():
        client_id = request.headers["X-Client"]
        start = positions.get(client_id, 0)
        positions[client_id] = start + PAGE
        ids = sorted(DATABASE)[start:start + PAGE]
        return jsonify(worker=name, items=[DATABASE[i] for i in ids])

    @app.get("/books")  # stateless design: everything needed is in the request
    def books():
        after = int(request.args.get("cursor", 0))
        ids = [i for i in sorted(DATABASE) if i > after][:PAGE]
        more = ids and ids[-1] < max(DATABASE)
        return jsonify(worker=name, items=[DATABASE[i] for i in ids],
                       next=f"/books?cursor={ids[-1]}" if more else None)

    @app.post("/books")
    def add():
        new_id = max(DATABASE) + 1
        DATABASE[new_id] = request.get_json()["title"]
        return jsonify(id=new_id), 201

    return app.test_client()


a, b = make_worker("A"), make_worker("B")
who = {"X-Client": "alice"}

print("stateful /books/next-page:")
p1 = a.get("/books/next-page", headers=who).get_json()
p2_lost = a.get("/books/next-page", headers=who).get_json()  # response lost in transit...
p2_retry = a.get("/books/next-page", headers=who).get_json()  # ...so the client retries
p_other = b.get("/books/next-page", headers=who).get_json()  # the balancer picks worker B
for label, p in [("page 1", p1), ("page 2 (lost)", p2_lost), ("page 2 retry", p2_retry), ("on worker B", p_other)]:
    print(f"   {label:14} worker {p['worker']}: {p['items']}")
assert p2_retry["items"] != p2_lost["items"], "a retried GET returned a different page: GET is no longer safe"
assert p_other["items"] == p1["items"], "worker B knows nothing about alice's position"

print("stateless /books?cursor=...:")
q1 = a.get("/books").get_json()
q2 = a.get(q1["next"]).get_json()
q2_retry = b.get(q1["next"]).get_json()  # a retry, on another worker
q3 = b.get(q2["next"]).get_json()
for label, q in [("page 1", q1), ("page 2", q2), ("page 2 retry", q2_retry), ("page 3", q3)]:
    print(f"   {label:14} worker {q['worker']}: {q['items']}  next={q['next']}")
assert q2["items"] == q2_retry["items"], "same request, same answer, whichever worker"
assert q1["items"] + q2["items"] + q3["items"] == [DATABASE[i] for i in sorted(DATABASE)]

r = a.post("/books", json={"title": "book-new"})
seen_on_b = b.get(q3["next"] or "/books?cursor=7").get_json()
print("POST /books on worker A ->", r.status_code, "| worker B then lists:", seen_on_b["items"])
assert r.status_code == 201 and "book-new" in seen_on_b["items"], "resource state is shared, only session state is gone"

print("OK: stateful paging breaks on retries and other workers; stateless paging with a cursor does not")
