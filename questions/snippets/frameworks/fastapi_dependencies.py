"""Dependency injection in FastAPI: Depends, yield for cleanup, per-request caching, overrides in tests.

Shows:
- `get_db` is a generator dependency: code before `yield` sets up, code after it cleans up,
  and the cleanup runs even when the endpoint raises;
- dependencies can depend on dependencies (`current_user` needs `get_db` and a header);
  within one request a dependency used twice is called once and its value shared;
- a router-level dependency (an API-key check) guards every route of the router;
- `app.dependency_overrides` swaps the real database for a fake one in tests, without touching the code.

Needs: pip install fastapi httpx
"""
import sys
from typing import Optional

try:
    from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException
    from fastapi.testclient import TestClient
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

EVENTS = []


class FakeSession:
    def __init__(self, name, users):
        self.name, self.users = name, users


def get_db():
    EVENTS.append("open db")
    db = FakeSession("real", {"tok-ada": "ada"})
    try:
        yield db
    finally:
        EVENTS.append("close db")  # runs when the request is finished, also on errors


def current_user(authorization: Optional[str] = Header(None), db: FakeSession = Depends(get_db)):
    user = db.users.get((authorization or "").replace("Bearer ", ""))
    if user is None:
        raise HTTPException(401, "not authenticated", headers={"WWW-Authenticate": "Bearer"})
    return user


def pagination(limit: int = 10, offset: int = 0):  # a reusable bundle of query parameters
    return {"limit": min(limit, 100), "offset": offset}


def require_api_key(x_api_key: Optional[str] = Header(None)):
    if x_api_key != "key-123":
        raise HTTPException(403, "bad API key")


app = FastAPI()
internal = APIRouter(prefix="/internal", dependencies=[Depends(require_api_key)])


@app.get("/me/orders")
def my_orders(user: str = Depends(current_user), db: FakeSession = Depends(get_db),
              page: dict = Depends(pagination)):
    return {"user": user, "db": db.name, "page": page}


@internal.get("/stats")
def stats():
    return {"requests": len(EVENTS)}


app.include_router(internal)
client = TestClient(app)

r = client.get("/me/orders?limit=500", headers={"Authorization": "Bearer tok-ada"})
print("GET /me/orders            ->", r.status_code, r.json(), "| events:", EVENTS)
assert r.json() == {"user": "ada", "db": "real", "page": {"limit": 100, "offset": 0}}
assert EVENTS == ["open db", "close db"], "get_db used by two dependents, called once, closed after"

EVENTS.clear()
r = client.get("/me/orders", headers={"Authorization": "Bearer wrong"})
print("GET /me/orders bad token  ->", r.status_code, "| events:", EVENTS)
assert r.status_code == 401 and EVENTS == ["open db", "close db"], "cleanup ran although the request failed"

r1 = client.get("/internal/stats")
r2 = client.get("/internal/stats", headers={"X-API-Key": "key-123"})
print("GET /internal/stats       ->", r1.status_code, "without key,", r2.status_code, "with key")
assert (r1.status_code, r2.status_code) == (403, 200)


def fake_db():
    yield FakeSession("fake", {"test-token": "test-user"})


app.dependency_overrides[get_db] = fake_db  # what a test suite does
EVENTS.clear()
r = client.get("/me/orders", headers={"Authorization": "Bearer test-token"})
print("with dependency_overrides ->", r.status_code, r.json(), "| real db events:", EVENTS)
assert r.json()["db"] == "fake" and r.json()["user"] == "test-user" and EVENTS == []
app.dependency_overrides.clear()

print("OK: Depends wired db -> user -> endpoint, one db per request with cleanup, router guard, test override")
