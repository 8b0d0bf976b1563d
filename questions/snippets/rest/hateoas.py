"""HATEOAS (Richardson level 3): the response tells the client what it can do next.

Shows, with Flask:
- an order's representation carries `_links` (rel -> href + method) that depend on its state:
  a pending order can be paid or cancelled, a paid one can only be refunded;
- the client follows links by their relation name instead of building URLs itself,
  so the server can change URLs without breaking it;
- an action that is not offered any more is refused (409 Conflict).

Needs: pip install flask
"""
import sys

try:
    from flask import Flask, jsonify, url_for
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

app = Flask(__name__)
ORDERS = {7: {"id": 7, "total": 25.0, "status": "pending"}}
ALLOWED = {"pending": ["pay", "cancel"], "paid": ["refund"], "cancelled": [], "refunded": []}
NEXT_STATUS = {"pay": "paid", "cancel": "cancelled", "refund": "refunded"}


def represent(order):
    links = {"self": {"href": url_for("get_order", order_id=order["id"]), "method": "GET"}}
    for action in ALLOWED[order["status"]]:
        links[action] = {"href": url_for("act", order_id=order["id"], action=action), "method": "POST"}
    return {**order, "_links": links}


@app.get("/api/orders/<int:order_id>")
def get_order(order_id):
    return jsonify(represent(ORDERS[order_id]))


@app.post("/api/orders/<int:order_id>/<action>")
def act(order_id, action):
    order = ORDERS[order_id]
    if action not in ALLOWED[order["status"]]:
        return jsonify(error=f"cannot {action} an order that is {order['status']}"), 409
    order["status"] = NEXT_STATUS[action]
    return jsonify(represent(order))


client = app.test_client()


def follow(resource, rel):
    """A client that only knows relation names, never URL templates."""
    link = resource["_links"][rel]
    return client.open(link["href"], method=link["method"]).get_json()


order = client.get("/api/orders/7").get_json()
print("pending order links:", {rel: f"{l['method']} {l['href']}" for rel, l in order["_links"].items()})
assert set(order["_links"]) == {"self", "pay", "cancel"}

order = follow(order, "pay")
print("after following 'pay':", order["status"], "| links now:", sorted(order["_links"]))
assert order["status"] == "paid" and set(order["_links"]) == {"self", "refund"}
assert "cancel" not in order["_links"], "the client can see it may no longer cancel"

r = client.post("/api/orders/7/cancel")
print("POST /api/orders/7/cancel anyway ->", r.status_code, r.get_json())
assert r.status_code == 409

order = follow(follow(order, "self"), "refund")
print("after following 'refund':", order["status"], "| links now:", sorted(order["_links"]))
assert order["status"] == "refunded" and set(order["_links"]) == {"self"}

print()
print("Richardson maturity model:")
print("  level 0: one endpoint, one method (POST /api with an action in the body, RPC style)")
print("  level 1: resources (/orders/7)")
print("  level 2: HTTP verbs and status codes used properly (GET/POST/PUT/DELETE, 201, 404, 409)")
print("  level 3: hypermedia controls (_links), as shown above")
print("OK: links change with the order's state; the client follows rels; a withdrawn action is refused with 409")
