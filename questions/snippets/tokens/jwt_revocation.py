"""Revoking a JWT before it expires: a jti denylist and a per-user token version.

Shows (PyJWT):
- a signed JWT stays valid until exp however you "log out": verification alone cannot revoke it;
- denylist: each token has a unique jti; logout stores the jti until the token's exp (Redis
  SETEX in real life, so the list cleans itself up) and every request checks it;
- token version ("ver" claim): bumping the user's version (password change, "log out everywhere")
  invalidates every token issued before, with one small lookup per request;
- both bring back a server-side lookup: the price of revocation. Short access-token lifetimes keep
  the window small when you do not check.

Needs: pip install pyjwt   (runs on PyJWT 2.6 to 2.10+)
"""
import sys
import time
import uuid

try:
    import jwt
except ImportError:
    print("This example needs PyJWT: pip install pyjwt")
    sys.exit(2)

KEY = "server-side-secret-at-least-32-bytes-long!"
DENYLIST = {}                 # jti -> exp  (Redis: SETEX jti <seconds left> 1)
USER_TOKEN_VERSION = {"alice": 1}


def issue(user):
    now = int(time.time())
    claims = {"sub": user, "jti": str(uuid.uuid4()), "ver": USER_TOKEN_VERSION[user], "iat": now, "exp": now + 900}
    return jwt.encode(claims, KEY, algorithm="HS256")


def authenticate(token):
    claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "jti"]})
    if claims["jti"] in DENYLIST:
        raise PermissionError("token revoked (jti on the denylist)")
    if claims["ver"] != USER_TOKEN_VERSION[claims["sub"]]:
        raise PermissionError("token revoked (issued before the user's token version changed)")
    return claims["sub"]


def logout(token):
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    DENYLIST[claims["jti"]] = claims["exp"]  # keep it only until the token would expire anyway


def purge_denylist(now):
    for jti, exp in list(DENYLIST.items()):
        if exp < now:
            del DENYLIST[jti]


laptop, phone = issue("alice"), issue("alice")
print("laptop token ->", authenticate(laptop), "| phone token ->", authenticate(phone))
print("plain jwt.decode still accepts the laptop token after 'logout' unless we check state:")
logout(laptop)
assert jwt.decode(laptop, KEY, algorithms=["HS256"])["sub"] == "alice"

for name, tok in [("laptop (logged out)", laptop), ("phone", phone)]:
    try:
        print(f"  {name:<20} -> {authenticate(tok)}")
    except PermissionError as e:
        print(f"  {name:<20} -> {e}")
try:
    authenticate(laptop)
    raise AssertionError("denylisted token must fail")
except PermissionError:
    pass
assert authenticate(phone) == "alice"

purge_denylist(now=time.time() + 901)
assert DENYLIST == {}, "entries disappear once the token has expired anyway"

USER_TOKEN_VERSION["alice"] += 1  # password changed: log out everywhere
try:
    authenticate(phone)
    raise AssertionError("old-version token must fail")
except PermissionError as e:
    print("after password change, phone ->", e)
new_token = issue("alice")
print("token issued after the change ->", authenticate(new_token))

print("OK: a JWT stays cryptographically valid until exp; a jti denylist and a per-user token version revoke it early")
