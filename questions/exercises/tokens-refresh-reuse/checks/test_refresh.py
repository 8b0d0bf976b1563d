import unittest

from coach_checks import CheckFailure, user_module


def setUpModule():
    global refresh
    refresh = user_module("refresh")


class Rotation(unittest.TestCase):
    def test_reuse_detected(self):
        """presenting a rotated refresh token again raises TokenReused"""
        store = refresh.RefreshTokens()
        first = store.login("ada")
        store.rotate(first)
        try:
            store.rotate(first)
        except refresh.TokenReused:
            return
        except refresh.InvalidToken as error:
            raise CheckFailure("Reuse must be told apart from an unknown token.", expected="TokenReused",
                               actual=type(error).__name__) from None
        raise CheckFailure("An already rotated refresh token was accepted again.", expected="TokenReused",
                           actual="a new token", at=refresh.RefreshTokens.rotate)

    def test_family_revoked_after_reuse(self):
        """after a reuse, the newest token of the family is refused too"""
        store = refresh.RefreshTokens()
        first = store.login("ada")
        second = store.rotate(first)
        try:
            store.rotate(first)
        except refresh.InvalidToken:
            pass
        try:
            store.rotate(second)
        except refresh.InvalidToken:
            return
        raise CheckFailure("After a reuse the whole family must be revoked: the thief may hold the newest token.",
                           expected="InvalidToken for the newest token", actual="a new token",
                           at=refresh.RefreshTokens.rotate)

    def test_normal_rotation(self):
        """a chain of rotations by the real client works, and other logins are unaffected"""
        store = refresh.RefreshTokens()
        token, other = store.login("ada"), store.login("bob")
        for _ in range(3):
            token = store.rotate(token)
        if not store.rotate(other):
            raise CheckFailure("Other families must keep working.", expected="a token", actual="nothing")
