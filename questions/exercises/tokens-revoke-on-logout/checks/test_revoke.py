import unittest

from coach_checks import CheckFailure, user_module


def setUpModule():
    global sessions
    sessions = user_module("sessions")


class Logout(unittest.TestCase):
    def test_token_refused_after_logout(self):
        """a token is refused after logout"""
        service = sessions.TokenService()
        token = service.issue("ada")
        service.logout(token)
        try:
            claims = service.verify(token)
        except sessions.Revoked:
            return
        raise CheckFailure("A token still works after its user logged out.", expected="Revoked",
                           actual=f"claims {claims}", at=sessions.TokenService.logout)

    def test_other_tokens_still_work(self):
        """logging out one token leaves the user's other tokens (other devices) valid"""
        service = sessions.TokenService()
        phone, laptop = service.issue("ada"), service.issue("ada")
        service.logout(phone)
        try:
            service.verify(laptop)
        except Exception as error:
            raise CheckFailure("Only the logged-out token must be refused: tokens need a unique id (jti).",
                               expected="the laptop's token accepted", actual=f"{type(error).__name__}") from None
