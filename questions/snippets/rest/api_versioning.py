"""API versioning: a breaking change gets a new version; v1 keeps working and announces its end.

Shows, with FastAPI:
- URL-path versioning: /v1 and /v2 routers over the same data, v2 with a breaking change
  (`name` split into `first_name`/`last_name`);
- v1 responses carry Deprecation and Sunset headers so clients can plan the move;
- header versioning as the alternative: the same URL, the version picked by a media type in Accept;
- an additive change (a new field) is not breaking: an old client reading the fields it knows still works.

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import sys
from typing import Optional

try:
    from fastapi import APIRouter, FastAPI, Header, Response
    from fastapi.testclient import TestClient
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

USERS = {1: {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}}


def as_v1(u):
    return {"name": f"{u['first_name']} {u['last_name']}", "email": u["email"]}


def as_v2(u):
    return {"first_name": u["first_name"], "last_name": u["last_name"], "email": u["email"],
            "created": "2024-01-01"}  # a later, additive change: new field, same version


v1 = APIRouter(prefix="/v1", tags=["v1"])
v2 = APIRouter(prefix="/v2", tags=["v2"])


@v1.get("/users/{user_id}")
def get_user_v1(user_id: int, response: Response):
    response.headers["Deprecation"] = "true"
    response.headers["Sunset"] = "Wed, 31 Dec 2025 23:59:59 GMT"
    response.headers["Link"] = f'</v2/users/{user_id}>; rel="successor-version"'
    return as_v1(USERS[user_id])


@v2.get("/users/{user_id}")
def get_user_v2(user_id: int):
    return as_v2(USERS[user_id])


app = FastAPI()
app.include_router(v1)
app.include_router(v2)


@app.get("/users/{user_id}")  # header (media type) versioning on an unversioned URL
def get_user_by_header(user_id: int, accept: Optional[str] = Header("application/json")):
    if "application/vnd.example.v2+json" in accept:
        return as_v2(USERS[user_id])
    return as_v1(USERS[user_id])  # no version asked for: the oldest supported one


client = TestClient(app)

r1 = client.get("/v1/users/1")
r2 = client.get("/v2/users/1")
print("GET /v1/users/1 ->", r1.json())
print("   Deprecation:", r1.headers["deprecation"], "| Sunset:", r1.headers["sunset"], "| Link:", r1.headers["link"])
print("GET /v2/users/1 ->", r2.json())
assert r1.json()["name"] == "Ada Lovelace" and "first_name" not in r1.json()
assert r2.json()["first_name"] == "Ada" and "name" not in r2.json()
assert r1.headers["deprecation"] == "true" and "deprecation" not in r2.headers

h1 = client.get("/users/1", headers={"Accept": "application/json"})
h2 = client.get("/users/1", headers={"Accept": "application/vnd.example.v2+json"})
print("GET /users/1 Accept: application/json               ->", h1.json())
print("GET /users/1 Accept: application/vnd.example.v2+json ->", h2.json())
assert h1.json() == r1.json() and h2.json() == r2.json()

known_to_old_v2_client = {"first_name", "last_name", "email"}
old_view = {k: v for k, v in r2.json().items() if k in known_to_old_v2_client}
print("an older v2 client ignores the new 'created' field ->", old_view)
assert old_view == {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}

paths = sorted(p for p in app.openapi()["paths"] if p.startswith(("/v1", "/v2")))
print("versioned routes in the OpenAPI schema:", paths)
assert paths == ["/v1/users/{user_id}", "/v2/users/{user_id}"]
print("OK: /v1 and /v2 side by side, v1 marked deprecated, Accept-header versioning, additive change is not breaking")
