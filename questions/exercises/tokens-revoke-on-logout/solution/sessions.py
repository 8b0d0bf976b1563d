"""Exercise: Make logout revoke the access token

logout() does nothing: the JWT stays valid until it expires, so a token copied before logout keeps
working. Give every token a unique jti claim, remember the jti of logged-out tokens until their
expiry, and refuse them in verify().
"""
import datetime
import uuid

import jwt

SECRET = "a-64-byte-or-longer-secret-so-hs256-and-hs512-keys-are-both-long-enough"


class Revoked(Exception):
    pass


class TokenService:
    def __init__(self):
        self.revoked = {}  # jti → expiry (the denylist only needs to live until then)

    def issue(self, user, minutes=15):
        now = datetime.datetime.now(datetime.timezone.utc)
        claims = {"sub": user, "iat": now, "exp": now + datetime.timedelta(minutes=minutes), "jti": uuid.uuid4().hex}
        return jwt.encode(claims, SECRET, algorithm="HS256")

    def verify(self, token):
        """The claims of a valid, not revoked token (raises jwt.InvalidTokenError or Revoked)."""
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
        if claims.get("jti") in self.revoked:
            raise Revoked(claims["jti"])
        return claims

    def logout(self, token):
        """Revokes this token."""
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
        self.revoked[claims["jti"]] = claims["exp"]
