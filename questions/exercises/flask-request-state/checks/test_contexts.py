import unittest

from coach_checks import CheckFailure, user_module


def setUpModule():
    global api
    api = user_module("api")


class RequestState(unittest.TestCase):
    def test_no_token_after_someone_else(self):
        """a request without a token, right after Ada's, gets 401"""
        client = api.app.test_client()
        client.get("/me", headers={"X-Token": "t-ada"})
        response = client.get("/me")
        if response.status_code != 401:
            raise CheckFailure("A request without a token ran as the previous request's user.",
                               expected="401", actual=f"{response.status_code} {response.get_json()}", at=api.load_user)

    def test_each_user_is_themselves(self):
        """Ada then Bob each get their own name"""
        client = api.app.test_client()
        names = [client.get("/me", headers={"X-Token": t}).get_json().get("user") for t in ("t-ada", "t-bob")]
        if names != ["ada", "bob"]:
            raise CheckFailure("Each request must see its own user.", expected=["ada", "bob"], actual=names)
