import importlib.util
import os
import unittest

from coach_checks import CheckFailure, user_module


def worker(name):
    """A fresh copy of api.py, as a second gunicorn worker process would have: no shared memory."""
    path = user_module("api").__file__
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TwoWorkers(unittest.TestCase):
    def test_token_from_one_worker_works_on_the_other(self):
        """a token issued by worker A is accepted by worker B"""
        a, b = worker("worker_a").app.test_client(), worker("worker_b").app.test_client()
        token = a.post("/login", json={"user": "ada", "password": "lovelace"}).get_json()["token"]
        response = b.get("/me", headers={"Authorization": f"Bearer {token}"})
        if response.status_code != 200 or response.get_json() != {"user": "ada"}:
            raise CheckFailure("Worker B does not know the session worker A created: the API is stateful.",
                               expected='200 {"user": "ada"}', actual=f"{response.status_code} {response.get_json()}",
                               file=os.path.abspath(user_module("api").__file__), line=1)

    def test_forged_token_refused(self):
        """a made-up token is refused with 401"""
        response = worker("worker_c").app.test_client().get("/me", headers={"Authorization": "Bearer not-a-token"})
        if response.status_code != 401:
            raise CheckFailure("A made-up token must be refused.", expected="401", actual=str(response.status_code))

    def test_wrong_password_refused(self):
        """a wrong password gets 401 and no token"""
        response = worker("worker_d").app.test_client().post("/login", json={"user": "ada", "password": "x"})
        if response.status_code != 401:
            raise CheckFailure("A wrong password must be refused.", expected="401", actual=str(response.status_code))
