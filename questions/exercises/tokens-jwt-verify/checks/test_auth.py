import base64
import json
import unittest

from coach_checks import CheckFailure, user_module

import jwt


def setUpModule():
    global auth
    auth = user_module("auth")


def unsigned(claims):
    """A token with alg "none" and no signature."""
    part = lambda data: base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


class ReadToken(unittest.TestCase):
    def refused(self, token, what):
        try:
            claims = auth.read_token(token)
        except jwt.InvalidTokenError:
            return
        raise CheckFailure(f"read_token() believed {what}.", expected="jwt.InvalidTokenError",
                           actual=f"claims {claims}", at=auth.read_token)

    def test_other_key_refused(self):
        """a token signed with another key is refused"""
        self.refused(jwt.encode({"sub": "mallory", "role": "admin"}, "another-key-that-is-long-enough-000", algorithm="HS256"),
                     "a token signed with the attacker's key")

    def test_alg_none_refused(self):
        """an unsigned token (alg: none) is refused"""
        self.refused(unsigned({"sub": "mallory", "role": "admin"}), "an unsigned token (alg none)")

    def test_other_algorithm_refused(self):
        """a token using another algorithm than HS256 is refused"""
        self.refused(jwt.encode({"sub": "ada"}, auth.SECRET, algorithm="HS512"), "a token whose header chose HS512")

    def test_own_token_read(self):
        """a token issued by issue_token() is read"""
        claims = auth.read_token(auth.issue_token("ada", "admin"))
        if claims.get("sub") != "ada" or claims.get("role") != "admin":
            raise CheckFailure("read_token() must return the claims of our own tokens.", expected="sub ada, role admin",
                               actual=claims)
