"""How FastAPI validates a request with pydantic, and filters the response with response_model.

Shows:
- the body is parsed into a typed model: "30" becomes 30, nested models and lists are checked;
- every problem is reported at once as a 422 with a `loc` path to the bad field; the endpoint never runs;
- path and query parameters are validated from their type hints and Query(...) constraints;
- `response_model` shapes the output: the password the client sent never leaves the server.

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import sys
from typing import List

try:
    from fastapi import FastAPI, Query
    from fastapi.testclient import TestClient
    from pydantic import BaseModel, Field
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)


class Address(BaseModel):
    city: str
    zip_code: str = Field(..., min_length=5, max_length=5)


class UserIn(BaseModel):
    username: str = Field(..., min_length=3, max_length=20)
    password: str = Field(..., min_length=8)
    age: int = Field(..., ge=18, le=130)
    tags: List[str] = []
    address: Address


class UserOut(BaseModel):  # what clients may see: no password
    id: int
    username: str
    age: int
    tags: List[str]
    address: Address


app = FastAPI()
CALLS = []


@app.post("/users", response_model=UserOut, status_code=201)
def create_user(user: UserIn):
    CALLS.append(user)
    data = user.model_dump() if hasattr(user, "model_dump") else user.dict()
    return {"id": 1, **data}  # includes the password; response_model drops it


@app.get("/users/{user_id}/posts")
def list_posts(user_id: int, limit: int = Query(10, ge=1, le=50)):
    return {"user_id": user_id, "limit": limit}


client = TestClient(app)
good = {"username": "ada", "password": "s3cret-pass", "age": "36",
        "tags": ["admin"], "address": {"city": "London", "zip_code": "12345"}}

r = client.post("/users", json=good)
print("valid body            ->", r.status_code, r.json())
assert r.status_code == 201 and r.json()["age"] == 36, '"36" was coerced to int'
assert "password" not in r.json(), "response_model filtered the password out"
assert isinstance(CALLS[0], UserIn) and CALLS[0].address.city == "London", "the handler got a typed object"

bad = {"username": "x", "password": "short", "age": 12, "tags": "admin", "address": {"city": "Paris"}}
r = client.post("/users", json=bad)
errors = r.json()["detail"]
print("invalid body          ->", r.status_code, f"({len(errors)} errors)")
for e in errors:
    print(f"    {'.'.join(str(p) for p in e['loc']):25} {e['msg']}")
locs = {tuple(e["loc"]) for e in errors}
assert r.status_code == 422 and len(CALLS) == 1, "the endpoint was never called"
assert {("body", "username"), ("body", "password"), ("body", "age"), ("body", "tags"),
        ("body", "address", "zip_code")} <= locs, "all errors reported at once, with their paths"

r = client.get("/users/abc/posts?limit=500")
print("GET /users/abc/posts?limit=500 ->", r.status_code, sorted(tuple(e["loc"]) for e in r.json()["detail"]))
assert r.status_code == 422 and {("path", "user_id"), ("query", "limit")} <= {tuple(e["loc"]) for e in r.json()["detail"]}

r = client.get("/users/7/posts")
print("GET /users/7/posts             ->", r.status_code, r.json())
assert r.json() == {"user_id": 7, "limit": 10}

print("OK: pydantic parsed and coerced the body, reported every error as 422 with loc, response_model hid the password")
