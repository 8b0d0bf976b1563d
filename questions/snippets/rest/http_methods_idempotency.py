"""Safe and idempotent HTTP methods, checked against the server's state rather than the status code.

Shows, on an /orders API written with Flask:
- GET, HEAD and OPTIONS are safe: calling them changes nothing (HEAD returns GET's headers without
  a body; Flask answers OPTIONS itself with an Allow header);
- PUT and DELETE are idempotent: the second identical call leaves the same state
  (DELETE's second call may answer 404, the state is what counts);
- POST is neither: a retried POST creates a duplicate order ...
- ... unless the API supports an Idempotency-Key header, which makes a retry return the first result.

Needs: pip install flask
"""
import itertools
import sys

try:
    from flask import Flask, jsonify, request
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

app = Flask(__name__)
ORDERS = {}
NEW_IDS = itertools.count(100)
SEEN_KEYS = {}  # Idempotency-Key -> (body, status); in production a Redis/DB table with a TTL


@app.route("/orders", methods=["GET", "POST"])
def orders():
    if request.method == "GET":
        return jsonify(list(ORDERS.values()))
    key = request.headers.get("Idempotency-Key")
    if key and key in SEEN_KEYS:
        body, status = SEEN_KEYS[key]
        return jsonify(body), status, {"Idempotent-Replayed": "true"}
    order = {"id": next(NEW_IDS), **request.get_json()}
    ORDERS[order["id"]] = order
    if key:
        SEEN_KEYS[key] = (order, 201)
    return jsonify(order), 201


@app.route("/orders/<int:order_id>", methods=["GET", "PUT", "DELETE"])
def order(order_id):
    if request.method == "PUT":
        ORDERS[order_id] = {"id": order_id, **request.get_json()}
        return jsonify(ORDERS[order_id])
    if order_id not in ORDERS:
        return jsonify(error="not found"), 404
    if request.method == "DELETE":
        del ORDERS[order_id]
        return "", 204
    return jsonify(ORDERS[order_id])


client = app.test_client()


def state():
    return {k: dict(v) for k, v in ORDERS.items()}


client.put("/orders/1", json={"item": "book", "qty": 1})

before = state()
get_r = client.get("/orders/1")
head_r = client.head("/orders/1")
options_r = client.options("/orders/1")  # answered by Flask itself, without calling the view
print(f"GET  /orders/1 -> {get_r.status_code} {get_r.get_json()}")
print(f"HEAD /orders/1 -> {head_r.status_code} body={head_r.get_data()!r} Content-Length={head_r.headers['Content-Length']}")
assert state() == before, "safe methods do not change state"
assert head_r.get_data() == b"" and head_r.headers["Content-Length"] == get_r.headers["Content-Length"]
allowed = {m.strip() for m in options_r.headers["Allow"].split(",")}
print(f"OPTIONS /orders/1 -> {options_r.status_code} Allow: {', '.join(sorted(allowed))}")
assert options_r.status_code == 200 and {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"} <= allowed
assert state() == before, "OPTIONS is safe too"

states = []
for _ in range(3):
    client.put("/orders/1", json={"item": "book", "qty": 3})
    states.append(state())
print(f"PUT  /orders/1 three times -> state each time {states[0]}")
assert states[0] == states[1] == states[2], "PUT is idempotent"

client.put("/orders/2", json={"item": "pen", "qty": 1})
d1, d2 = client.delete("/orders/2"), client.delete("/orders/2")
print(f"DELETE /orders/2 twice -> {d1.status_code}, {d2.status_code}; order 2 exists: {2 in ORDERS}")
assert (d1.status_code, d2.status_code) == (204, 404) and 2 not in ORDERS, "same state after the repeat"

n = len(ORDERS)
client.post("/orders", json={"item": "lamp", "qty": 1})
client.post("/orders", json={"item": "lamp", "qty": 1})  # a client retry after a timeout
print(f"POST /orders twice (no key)  -> {len(ORDERS) - n} orders created")
assert len(ORDERS) - n == 2, "POST is not idempotent: the retry duplicated the order"

n = len(ORDERS)
headers = {"Idempotency-Key": "9f1c2b7e-retry-safe"}
p1 = client.post("/orders", json={"item": "desk", "qty": 1}, headers=headers)
p2 = client.post("/orders", json={"item": "desk", "qty": 1}, headers=headers)
print(f"POST /orders twice (same Idempotency-Key) -> {p1.status_code}, {p2.status_code} "
      f"replayed={p2.headers.get('Idempotent-Replayed')}; {len(ORDERS) - n} order created, ids {p1.get_json()['id']}={p2.get_json()['id']}")
assert len(ORDERS) - n == 1 and p1.get_json() == p2.get_json()

print()
print("method   safe  idempotent")
for method, safe, idem in [("GET", 1, 1), ("HEAD", 1, 1), ("OPTIONS", 1, 1), ("TRACE", 1, 1), ("PUT", 0, 1),
                           ("DELETE", 0, 1), ("POST", 0, 0), ("PATCH", 0, 0)]:
    print(f"{method:8} {'yes' if safe else 'no':5} {'yes' if idem else 'not guaranteed' if method == 'PATCH' else 'no'}")
print("OK: GET/HEAD/OPTIONS change nothing, PUT/DELETE repeat to the same state, POST duplicates unless an Idempotency-Key is used")
