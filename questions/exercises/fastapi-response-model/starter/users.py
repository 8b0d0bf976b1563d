"""Exercise: Validate the input and stop leaking the password hash

POST /users accepts any age (even -5) and answers with the stored user dict, password hash
included. Let pydantic do both jobs: reject an age below 0 or above 150 with 422, and shape the
response with a response model that has no password_hash.
"""
import hashlib
from typing import List

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
USERS: List[dict] = []


class UserIn(BaseModel):
    name: str
    age: int
    password: str


@app.post("/users", status_code=201)
def create_user(user: UserIn):
    stored = {"id": len(USERS) + 1, "name": user.name, "age": user.age,
              "password_hash": hashlib.sha256(user.password.encode()).hexdigest()}
    USERS.append(stored)
    return stored
