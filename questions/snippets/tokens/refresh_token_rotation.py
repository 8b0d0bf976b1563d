"""Refresh tokens: short-lived access JWT + long-lived, rotated, server-side refresh token with reuse detection.

Shows an in-memory auth server:
- login returns an access token (JWT, 5 minutes, verified statelessly) and a refresh token (random,
  opaque, stored only as a SHA-256 hash with an expiry and a "family" id);
- when the access token expires (ExpiredSignatureError) the client calls /refresh: it gets a NEW
  access token and a NEW refresh token, and the old refresh token is marked used (rotation);
- replaying an already-used refresh token (it was stolen) is reuse: the whole family is revoked, so
  the thief's and the user's tokens both stop working and the user must log in again;
- logout revokes the family server-side.

This is a design demonstration: the server side is the snippet's own code (PyJWT signs and verifies
the access tokens and raises the real ExpiredSignatureError). Libraries differ: simplejwt's
ROTATE_REFRESH_TOKENS + BLACKLIST_AFTER_ROTATION rotate and blacklist the presented token but do not
revoke the rest of the family on reuse; that part you add yourself.

Needs: pip install pyjwt   (runs on PyJWT 2.6 to 2.15)
"""
import hashlib
import secrets
import sys
import time

try:
    import jwt
except ImportError:
    print("This example needs PyJWT: pip install pyjwt")
    sys.exit(2)

ACCESS_TTL = 300            # 5 minutes
REFRESH_TTL = 30 * 24 * 3600  # 30 days
KEY = "server-side-secret-at-least-32-bytes-long!"


class AuthServer:
    def __init__(self):
        self.refresh_store = {}  # sha256(token) -> {"user", "family", "exp", "used", "revoked"}
        self.clock = time.time

    def _access(self, user):
        now = int(self.clock())
        return jwt.encode({"sub": user, "type": "access", "iat": now, "exp": now + ACCESS_TTL}, KEY, algorithm="HS256")

    def _refresh(self, user, family):
        token = secrets.token_urlsafe(32)
        self.refresh_store[hashlib.sha256(token.encode()).hexdigest()] = {
            "user": user, "family": family, "exp": self.clock() + REFRESH_TTL, "used": False, "revoked": False}
        return token

    def login(self, user):
        return {"access": self._access(user), "refresh": self._refresh(user, family=secrets.token_hex(8))}

    def refresh(self, refresh_token):
        record = self.refresh_store.get(hashlib.sha256(refresh_token.encode()).hexdigest())
        if record is None or record["revoked"] or record["exp"] < self.clock():
            raise PermissionError("invalid refresh token: log in again")
        if record["used"]:  # a rotated-out token came back: someone kept a copy
            self.revoke_family(record["family"])
            raise PermissionError("refresh token reuse detected: whole session family revoked")
        record["used"] = True
        return {"access": self._access(record["user"]), "refresh": self._refresh(record["user"], record["family"])}

    def revoke_family(self, family):
        for rec in self.refresh_store.values():
            if rec["family"] == family:
                rec["revoked"] = True

    def logout(self, refresh_token):
        record = self.refresh_store.get(hashlib.sha256(refresh_token.encode()).hexdigest())
        if record:
            self.revoke_family(record["family"])

    @staticmethod
    def api_call(access_token):
        claims = jwt.decode(access_token, KEY, algorithms=["HS256"])  # stateless check: no DB hit
        assert claims["type"] == "access"
        return f"hello {claims['sub']}"


server = AuthServer()
real_clock = server.clock
server.clock = lambda: real_clock() - 400  # pretend the login happened 400 s ago
tokens = server.login("alice")
server.clock = real_clock
print("stored refresh record (no raw token kept):", next(iter(server.refresh_store.items()))[0][:16] + "...")
assert tokens["refresh"] not in str(server.refresh_store)

try:
    server.api_call(tokens["access"])
    raise AssertionError("the 400-second-old access token must be expired")
except jwt.ExpiredSignatureError:
    print("1. API call with the old access token -> ExpiredSignatureError, so the client refreshes")

stolen = tokens["refresh"]  # imagine an attacker copied it
new = server.refresh(tokens["refresh"])
assert new["refresh"] != tokens["refresh"] and new["access"] != tokens["access"]
print("2. /refresh -> new access + NEW refresh token (rotated); API call:", server.api_call(new["access"]))

try:
    server.refresh(stolen)
    raise AssertionError("reuse must be detected")
except PermissionError as e:
    print("3. attacker replays the old refresh token ->", e)

try:
    server.refresh(new["refresh"])
    raise AssertionError("the family must be revoked")
except PermissionError as e:
    print("4. the user's current refresh token now ->", e)

fresh = server.login("alice")
server.logout(fresh["refresh"])
try:
    server.refresh(fresh["refresh"])
    raise AssertionError("logout must revoke the refresh token")
except PermissionError as e:
    print("5. after logout, refresh ->", e)
print("   (an access token already issued stays valid until its exp:", server.api_call(fresh["access"]) + ")")

print("OK: expired access token renewed via a rotated refresh token; reuse of an old refresh token revoked the whole family; logout revoked it")
