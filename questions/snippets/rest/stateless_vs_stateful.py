"""Stateless vs stateful API: what happens when a second server (worker) answers the next request.

Shows, with two Flask "workers" of the same app behind a round-robin load balancer:
- stateful: login stores a session in worker A's memory; the next request lands on worker B,
  which has never heard of that session -> 401;
- stateless: login returns a signed token that carries who the user is; any worker can verify it
  with the shared secret -> 200 on both, no server memory needed;
- the usual fix for sessions: move the state out of the process into a shared store (Redis in real
  life, a shared dict here), after which the workers themselves are stateless again.

Needs: pip install flask
"""
import base64
import hashlib
import hmac
import itertools
import json
import secrets
import sys
import time

try:
    from flask import Flask, jsonify, request
except ImportError as exc:
    print(f"This example needs Flask: pip install flask  ({exc})")
    sys.exit(2)

SECRET = b"shared-secret-known-to-every-worker"


def sign(payload):
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()
    sig = hmac.new(SECRET, body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{sig}"


def verify(token):
    body, _, sig = token.partition(".")
    expected = hmac.new(SECRET, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return None
    payload = json.loads(base64.urlsafe_b64decode(body))
    return payload if payload["exp"] > time.time() else None


def make_worker(name, session_store):
    app = Flask(name)

    @app.post("/login")
    def login():
        user = request.get_json()["user"]
        if request.args.get("mode") == "session":
            sid = secrets.token_hex(8)
            session_store[sid] = user  # state kept on the server
            return jsonify(worker=name), 200, {"Set-Cookie": f"sid={sid}; HttpOnly"}
        return jsonify(worker=name, token=sign({"sub": user, "exp": time.time() + 300}))

    @app.get("/me")
    def me():
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Bearer "):
            payload = verify(auth[7:])
            user = payload and payload["sub"]
        else:
            user = session_store.get(request.cookies.get("sid", ""))
        if not user:
            return jsonify(worker=name, error="who are you?"), 401
        return jsonify(worker=name, user=user)

    return app.test_client(use_cookies=False)  # the "browser" below sends the cookie itself


def scenario(title, workers, mode):
    balancer = itertools.cycle(workers)  # round robin, like nginx upstream without sticky sessions
    login = next(balancer).post(f"/login?mode={mode}", json={"user": "alice"})
    if mode == "session":
        headers = {"Cookie": login.headers["Set-Cookie"].split(";")[0]}
    else:
        headers = {"Authorization": f"Bearer {login.get_json()['token']}"}
    print(f"{title}: logged in on worker {login.get_json()['worker']}")
    codes = []
    for _ in range(2):
        r = next(balancer).get("/me", headers=headers)
        print(f"   GET /me on worker {r.get_json()['worker']} -> {r.status_code} {r.get_json()}")
        codes.append(r.status_code)
    return codes


# Stateful: each worker keeps sessions in its own memory.
codes = scenario("stateful (in-memory sessions)", [make_worker("A", {}), make_worker("B", {})], "session")
assert codes == [401, 200], "worker B does not know worker A's session"

# Stateless: the token itself carries the state; no server memory involved.
codes = scenario("stateless (signed token)     ", [make_worker("A", {}), make_worker("B", {})], "token")
assert codes == [200, 200], "any worker can verify the token"

# Sessions again, but stored outside the workers (what Redis does in production).
shared = {}
codes = scenario("sessions in a shared store   ", [make_worker("A", shared), make_worker("B", shared)], "session")
assert codes == [200, 200]

forged = sign({"sub": "alice", "exp": time.time() + 300}).rsplit(".", 1)[0] + ".0000"
r = make_worker("A", {}).get("/me", headers={"Authorization": f"Bearer {forged}"})
print("a token with a forged signature ->", r.status_code)
assert r.status_code == 401

print("OK: in-memory session fails on the second worker; a signed token or a shared store works on both")
