"""Exercise: Detect a stolen refresh token when it is reused

rotate() exchanges a refresh token for a new one, but the old token keeps working, so a stolen
refresh token can be used forever alongside the real client's. Make each refresh token single use
and detect reuse: presenting an already rotated token raises TokenReused and revokes its whole
family (the tokens issued from the same login), so the thief and the victim must both log in
again.
"""
import secrets


class InvalidToken(Exception):
    pass


class TokenReused(InvalidToken):
    """A refresh token was presented after it had been rotated: it was probably stolen."""


class RefreshTokens:
    def __init__(self):
        self.tokens = {}  # token → {"user": ..., "family": ...}

    def login(self, user):
        """A new refresh token for a fresh login (a new family)."""
        return self._issue(user, family=secrets.token_hex(8))

    def rotate(self, token):
        """Exchanges a valid refresh token for a new one of the same family."""
        record = self.tokens.get(token)
        if record is None:
            raise InvalidToken("unknown refresh token")
        return self._issue(record["user"], record["family"])

    def _issue(self, user, family):
        token = secrets.token_urlsafe(24)
        self.tokens[token] = {"user": user, "family": family}
        return token
