"""Exercise: Verify the JWT's signature with a fixed algorithm

read_token() decodes the access token with signature verification switched off, so anyone can
write their own token (say "role": "admin") and be believed. Verify the signature with SECRET and
accept only HS256, whatever the token's header claims.
"""
import jwt

SECRET = "a-64-byte-or-longer-secret-so-hs256-and-hs512-keys-are-both-long-enough"


def issue_token(user, role="user"):
    return jwt.encode({"sub": user, "role": role}, SECRET, algorithm="HS256")


def read_token(token):
    """The claims of a valid token; raises jwt.InvalidTokenError for any token we did not sign."""
    return jwt.decode(token, options={"verify_signature": False})
