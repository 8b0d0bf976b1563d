import unittest

from coach_checks import CheckFailure, user_module

from fastapi.testclient import TestClient


def setUpModule():
    global users, client
    users = user_module("users")
    client = TestClient(users.app)


class Users(unittest.TestCase):
    def test_negative_age_rejected(self):
        """an age of -5 is rejected with 422 and nothing is stored"""
        before = len(users.USERS)
        response = client.post("/users", json={"name": "Bob", "age": -5, "password": "pw"})
        if response.status_code != 422 or len(users.USERS) != before:
            raise CheckFailure("An impossible age was accepted.", expected="422 Unprocessable Entity",
                               actual=f"{response.status_code} {response.text[:80]}", at=users.UserIn)

    def test_no_password_hash_in_response(self):
        """the response has id, name and age, and no password_hash"""
        response = client.post("/users", json={"name": "Ada", "age": 36, "password": "pw"})
        keys = sorted(response.json())
        if response.status_code != 201 or keys != ["age", "id", "name"]:
            raise CheckFailure("The response exposes fields the client must never see.", expected="['age', 'id', 'name']",
                               actual=f"{response.status_code} {keys}", at=users.create_user)
