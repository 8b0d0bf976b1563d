"""Exercise: Make PUT replace the resource, as PATCH merges

In this FastAPI app PUT /profiles/{id} behaves like PATCH: fields the client leaves out keep their
old values. PUT sends the whole new representation, so an omitted optional field must go back to
its default; PATCH must keep merging only the fields that were sent.
"""
from typing import Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PROFILES = {}


class Profile(BaseModel):
    name: str
    bio: Optional[str] = None
    newsletter: bool = False


class ProfilePatch(BaseModel):
    name: Optional[str] = None
    bio: Optional[str] = None
    newsletter: Optional[bool] = None


def dump(model, **options):
    """model.model_dump() on pydantic 2, model.dict() on pydantic 1."""
    return model.model_dump(**options) if hasattr(model, "model_dump") else model.dict(**options)


@app.put("/profiles/{profile_id}")
def put_profile(profile_id: int, profile: Profile):
    PROFILES[profile_id] = dump(profile)
    return PROFILES[profile_id]


@app.patch("/profiles/{profile_id}")
def patch_profile(profile_id: int, changes: ProfilePatch):
    if profile_id not in PROFILES:
        raise HTTPException(status_code=404)
    PROFILES[profile_id] = {**PROFILES[profile_id], **dump(changes, exclude_unset=True)}
    return PROFILES[profile_id]
