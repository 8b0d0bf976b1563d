"""PUT replaces the whole resource; PATCH changes only the fields that were sent.

Shows, with FastAPI and pydantic:
- PUT with a full body replaces the item; fields left out fall back to their defaults;
- PUT without a required field is rejected (422): PUT means "here is the complete new state";
- PATCH validates a model whose fields are all optional and applies only the fields the client
  actually sent (`exclude_unset=True`), so an explicit null differs from "not sent";
- sending the same PUT twice leaves the same state (idempotent).

Needs: pip install fastapi httpx   (works with pydantic 1 and 2)
"""
import sys
from typing import List, Optional

try:
    from fastapi import FastAPI, HTTPException
    from fastapi.testclient import TestClient
    from pydantic import BaseModel
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)


def dump(model, **kwargs):
    """pydantic 2 has model_dump(); pydantic 1 has dict()."""
    return model.model_dump(**kwargs) if hasattr(model, "model_dump") else model.dict(**kwargs)


class Item(BaseModel):  # the full representation: what PUT must send
    name: str
    price: float
    description: Optional[str] = None
    tags: List[str] = []


class ItemPatch(BaseModel):  # every field optional: what PATCH may send
    name: Optional[str] = None
    price: Optional[float] = None
    description: Optional[str] = None
    tags: Optional[List[str]] = None


app = FastAPI()
ITEMS = {}


@app.put("/items/{item_id}")
def replace_item(item_id: int, item: Item):
    ITEMS[item_id] = dump(item)  # whatever was there before is gone
    return ITEMS[item_id]


@app.patch("/items/{item_id}")
def update_item(item_id: int, patch: ItemPatch):
    if item_id not in ITEMS:
        raise HTTPException(status_code=404, detail="item not found")
    changes = dump(patch, exclude_unset=True)  # only the keys present in the request body
    ITEMS[item_id] = {**ITEMS[item_id], **changes}
    return ITEMS[item_id]


client = TestClient(app)
full = {"name": "Keyboard", "price": 49.0, "description": "mechanical", "tags": ["usb", "rgb"]}

r = client.put("/items/1", json=full)
print("PUT   full body         ->", r.status_code, r.json())
assert r.json() == full

r = client.patch("/items/1", json={"price": 39.0})
print("PATCH {'price': 39}     ->", r.status_code, r.json())
assert r.json() == {**full, "price": 39.0}, "PATCH kept every field it was not sent"

r = client.put("/items/1", json={"name": "Keyboard", "price": 39.0})
print("PUT   name+price only   ->", r.status_code, r.json())
assert r.json() == {"name": "Keyboard", "price": 39.0, "description": None, "tags": []}, \
    "PUT replaced the resource: omitted fields were reset to defaults"

r = client.put("/items/1", json={"price": 10.0})
print("PUT   without 'name'    ->", r.status_code, [e["loc"] for e in r.json()["detail"]])
assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "name"

client.put("/items/1", json=full)
r = client.patch("/items/1", json={"description": None})
print("PATCH description=null  ->", r.status_code, r.json())
assert r.json()["description"] is None and r.json()["tags"] == ["usb", "rgb"], "explicit null clears one field"

r = client.patch("/items/99", json={"price": 1.0})
print("PATCH a missing item    ->", r.status_code, r.json())
assert r.status_code == 404

first = client.put("/items/2", json=full).json()
second = client.put("/items/2", json=full).json()
print("PUT   same body twice   ->", "same state" if first == second == ITEMS[2] else "different!")
assert first == second == ITEMS[2]

print("OK: PUT replaces (omitted fields reset, required fields enforced), PATCH merges only the sent fields")
