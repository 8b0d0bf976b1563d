"""API versioning: a breaking change gets a new version; v1 keeps working and announces its end.

Shows, with FastAPI:
- URL-path versioning: /v1 and /v2 routers over the same data, v2 with a breaking change
  (`name` split into `first_name`/`last_name`);
- v1 responses carry Deprecation (RFC 9745: a structured-field date, `@<unix seconds>`) and
  Sunset (RFC 8594: an HTTP date) headers so clients can plan the move;
- header versioning as the alternative: the same URL, the version picked by a media type in Accept;
- an additive change (a new field) is not breaking for a tolerant reader: a client model written
  before the field existed (pydantic, which ignores unknown fields by default) still parses the
  new response, while a strict reader (extra="forbid") breaks on it.

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import re
import sys
from email.utils import parsedate_to_datetime
from typing import Optional

try:
    from fastapi import APIRouter, FastAPI, Header, Response
    from fastapi.testclient import TestClient
    from pydantic import BaseModel, ValidationError
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
    response.headers["Deprecation"] = "@1735689599"  # RFC 9745: deprecated since 2024-12-31T23:59:59Z
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
assert re.fullmatch(r"@\d+", r1.headers["deprecation"]) and "deprecation" not in r2.headers
deprecated_at = int(r1.headers["deprecation"][1:])
sunset_at = parsedate_to_datetime(r1.headers["sunset"]).timestamp()
assert deprecated_at < sunset_at, "deprecation is announced before the sunset"

h1 = client.get("/users/1", headers={"Accept": "application/json"})
h2 = client.get("/users/1", headers={"Accept": "application/vnd.example.v2+json"})
print("GET /users/1 Accept: application/json               ->", h1.json())
print("GET /users/1 Accept: application/vnd.example.v2+json ->", h2.json())
assert h1.json() == r1.json() and h2.json() == r2.json()


class UserV2Early(BaseModel):  # a client model written before "created" was added to v2
    first_name: str
    last_name: str
    email: str


class UserV2Strict(UserV2Early):  # a client that rejects anything it does not know
    if hasattr(BaseModel, "model_validate"):  # pydantic 2
        model_config = {"extra": "forbid"}
    else:  # pydantic 1
        class Config:
            extra = "forbid"


def parse(model, data):
    return model.model_validate(data) if hasattr(model, "model_validate") else model.parse_obj(data)


tolerant = parse(UserV2Early, r2.json())  # the real response, which now carries "created"
print("tolerant v2 client parsed the newer response ->", tolerant)
assert tolerant.first_name == "Ada" and not hasattr(tolerant, "created")
try:
    parse(UserV2Strict, r2.json())
except ValidationError as exc:
    print("strict v2 client (extra=forbid) breaks on the additive field ->", exc.errors()[0]["loc"])
    assert exc.errors()[0]["loc"] == ("created",)
else:
    raise AssertionError("a strict reader should reject the unknown field")

paths = sorted(p for p in app.openapi()["paths"] if p.startswith(("/v1", "/v2")))
print("versioned routes in the OpenAPI schema:", paths)
assert paths == ["/v1/users/{user_id}", "/v2/users/{user_id}"]
print("OK: /v1 and /v2 side by side, v1 marked deprecated (RFC 9745/8594), Accept-header versioning,"
      " an additive change is not breaking for a tolerant reader")
