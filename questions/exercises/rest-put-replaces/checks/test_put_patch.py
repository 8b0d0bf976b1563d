import unittest

from coach_checks import CheckFailure, user_module

from fastapi.testclient import TestClient


def setUpModule():
    global profiles, client
    profiles = user_module("profiles")
    client = TestClient(profiles.app)


class PutAndPatch(unittest.TestCase):
    def test_put_resets_omitted_fields(self):
        """a PUT without bio and newsletter sets them back to their defaults"""
        client.put("/profiles/1", json={"name": "Ada", "bio": "Analyst", "newsletter": True})
        body = client.put("/profiles/1", json={"name": "Ada L."}).json()
        expected = {"name": "Ada L.", "bio": None, "newsletter": False}
        if body != expected:
            raise CheckFailure("PUT kept fields the client left out: it merged like PATCH instead of replacing.",
                               expected=expected, actual=body, at=profiles.put_profile)

    def test_patch_merges(self):
        """a PATCH changes only the fields it sends"""
        client.put("/profiles/2", json={"name": "Grace", "bio": "Admiral", "newsletter": True})
        body = client.patch("/profiles/2", json={"bio": "Rear admiral"}).json()
        expected = {"name": "Grace", "bio": "Rear admiral", "newsletter": True}
        if body != expected:
            raise CheckFailure("PATCH must keep the fields it does not send.", expected=expected, actual=body,
                               at=profiles.patch_profile)
