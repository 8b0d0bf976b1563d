"""Revoking a JWT before it expires: a jti denylist and a per-user token version.

Shows (PyJWT):
- a signed JWT stays valid until exp however you "log out": verification alone cannot revoke it;
- denylist: each token has a unique jti; logout stores it in a real Redis with SETEX for the token's
  remaining lifetime, every request checks it, and Redis drops the entry by itself at the moment
  PyJWT would reject the token as expired anyway;
- token version ("ver" claim): bumping the user's version (password change, "log out everywhere")
  invalidates every token issued before, with one small lookup per request;
- both bring back a server-side lookup: the price of revocation. Short access-token lifetimes keep
  the window small when you do not check.

Needs: pip install pyjwt redis, and the redis-server binary (apt install redis-server); the snippet
starts its own throwaway server on a unix socket in a temp dir and stops it.
Runs on PyJWT 2.6 to 2.15, redis-py 4.3+.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

try:
    import jwt
    import redis
except ImportError:
    print("This example needs PyJWT and redis-py: pip install pyjwt redis")
    sys.exit(2)
REDIS_SERVER = shutil.which("redis-server")
if REDIS_SERVER is None:
    print("This example needs the redis-server binary: apt install redis-server (or brew install redis)")
    sys.exit(2)


def start_redis(workdir):
    """A private redis-server on a unix socket (no TCP port); returns (process, client)."""
    sock = os.path.join(workdir, "redis.sock")
    proc = subprocess.Popen([REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
                             "--save", "", "--appendonly", "no", "--dir", workdir],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return proc, client
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.02)


KEY = "server-side-secret-at-least-32-bytes-long!"
USER_TOKEN_VERSION = {"alice": 1}
workdir = tempfile.mkdtemp(prefix="jwt-revocation-")
proc, r = start_redis(workdir)


def issue(user, lifetime=900):
    now = int(time.time())
    claims = {"sub": user, "jti": str(uuid.uuid4()), "ver": USER_TOKEN_VERSION[user], "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, KEY, algorithm="HS256")


def authenticate(token):
    claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "jti"]})
    if r.exists(f"denylist:{claims['jti']}"):
        raise PermissionError("token revoked (jti on the denylist)")
    if claims["ver"] != USER_TOKEN_VERSION[claims["sub"]]:
        raise PermissionError("token revoked (issued before the user's token version changed)")
    return claims["sub"]


def logout(token):
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    seconds_left = max(1, claims["exp"] - int(time.time()))
    r.setex(f"denylist:{claims['jti']}", seconds_left, 1)  # kept only until the token would expire anyway
    return claims["jti"]


try:
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

    ttl = r.ttl(f"denylist:{jwt.decode(laptop, KEY, algorithms=['HS256'])['jti']}")
    print(f"  denylist entry TTL in Redis: {ttl} s (the token's remaining lifetime, at most 900)")
    assert 0 < ttl <= 900

    # A token with 2 s left: its entry vanishes from Redis when PyJWT starts rejecting the token anyway.
    short = issue("alice", lifetime=2)
    jti = logout(short)
    deadline = time.monotonic() + 10
    while r.exists(f"denylist:{jti}") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not r.exists(f"denylist:{jti}"), "Redis expired the denylist entry on its own"
    try:
        jwt.decode(short, KEY, algorithms=["HS256"])
        raise AssertionError("an expired token must be rejected")
    except jwt.ExpiredSignatureError:
        print("  2 s later: the entry is gone from Redis, and PyJWT rejects the token itself (ExpiredSignatureError)")

    USER_TOKEN_VERSION["alice"] += 1  # password changed: log out everywhere
    try:
        authenticate(phone)
        raise AssertionError("old-version token must fail")
    except PermissionError as e:
        print("after password change, phone ->", e)
    new_token = issue("alice")
    print("token issued after the change ->", authenticate(new_token))

    print("OK: a JWT stays cryptographically valid until exp; a jti denylist and a per-user token version revoke it early")
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)
