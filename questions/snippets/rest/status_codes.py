"""Status codes an API should return: 401 vs 403, the other common 4xx, and 4xx vs 5xx.

Shows, with FastAPI:
- 401 Unauthorized: no valid credentials (comes with a WWW-Authenticate header: "authenticate first");
- 403 Forbidden: we know who you are, and you are not allowed;
- 404 missing resource, 409 conflict with current state, 422 body failed validation;
- 4xx = the client must change the request; 5xx = the server failed (500 bug, 503 dependency down
  with Retry-After), and retrying the same request later may work.

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import sys
from typing import Optional

try:
    from fastapi import FastAPI, Header, HTTPException
    from fastapi.testclient import TestClient
    from pydantic import BaseModel
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

TOKENS = {"token-alice": {"name": "alice", "role": "admin"}, "token-bob": {"name": "bob", "role": "user"}}
USERS = {1: {"id": 1, "email": "alice@example.com"}}

app = FastAPI()


class NewUser(BaseModel):
    email: str
    age: int


def current_user(authorization: Optional[str]):
    token = (authorization or "").replace("Bearer ", "", 1)
    if token not in TOKENS:
        raise HTTPException(401, "missing or invalid token", headers={"WWW-Authenticate": "Bearer"})
    return TOKENS[token]


@app.get("/admin/report")
def admin_report(authorization: Optional[str] = Header(None)):
    user = current_user(authorization)  # 401 if we cannot tell who this is
    if user["role"] != "admin":
        raise HTTPException(403, "admins only")  # authenticated, but not allowed
    return {"report": "all good", "for": user["name"]}


@app.get("/users/{user_id}")
def get_user(user_id: int):
    if user_id not in USERS:
        raise HTTPException(404, "no such user")
    return USERS[user_id]


@app.post("/users", status_code=201)
def create_user(user: NewUser):
    if any(u["email"] == user.email for u in USERS.values()):
        raise HTTPException(409, "email already registered")
    new = {"id": max(USERS) + 1, "email": user.email}
    USERS[new["id"]] = new
    return new


@app.get("/buggy")
def buggy():
    return {"ratio": 1 / 0}  # an unhandled exception: the server's fault


@app.get("/weather")
def weather():
    raise HTTPException(503, "weather provider is down", headers={"Retry-After": "30"})


client = TestClient(app, raise_server_exceptions=False)  # let the 500 through as a response
cases = [
    ("no token", "GET", "/admin/report", {}, None, 401),
    ("bob (role user)", "GET", "/admin/report", {"Authorization": "Bearer token-bob"}, None, 403),
    ("alice (admin)", "GET", "/admin/report", {"Authorization": "Bearer token-alice"}, None, 200),
    ("missing user", "GET", "/users/42", {}, None, 404),
    ("new user", "POST", "/users", {}, {"email": "bob@example.com", "age": 30}, 201),
    ("duplicate email", "POST", "/users", {}, {"email": "bob@example.com", "age": 30}, 409),
    ("age is not a number", "POST", "/users", {}, {"email": "c@example.com", "age": "old"}, 422),
    ("server bug", "GET", "/buggy", {}, None, 500),
    ("dependency down", "GET", "/weather", {}, None, 503),
]
results = {}
for label, method, url, headers, body, expected in cases:
    r = client.request(method, url, headers=headers, json=body)
    kind = "client error" if 400 <= r.status_code < 500 else "server error" if r.status_code >= 500 else "success"
    print(f"{label:20} {method:4} {url:14} -> {r.status_code} ({kind})")
    assert r.status_code == expected, (label, r.status_code, r.text)
    results[label] = r

print("401 WWW-Authenticate:", results["no token"].headers.get("www-authenticate"))
print("503 Retry-After:", results["dependency down"].headers.get("retry-after"))
assert results["no token"].headers["www-authenticate"] == "Bearer", "401 tells the client how to authenticate"
assert "www-authenticate" not in results["bob (role user)"].headers, "403: logging in again will not help"
assert results["dependency down"].headers["retry-after"] == "30"
assert results["age is not a number"].json()["detail"][0]["loc"] == ["body", "age"]

print("OK: 401 (who are you?) vs 403 (not allowed), 404/409/422 client errors, 500/503 server errors")
