"""JWT time claims: exp, nbf, iat, leeway for clock skew, and requiring claims.

Shows (PyJWT):
- a token whose exp has passed raises ExpiredSignatureError; exp is seconds since the epoch (UTC);
- leeway=N accepts a token up to N seconds past exp (clock skew between servers), not longer;
- nbf ("not before") in the future raises ImmatureSignatureError;
- options={"require": [...]} rejects a token that simply has no exp (otherwise it never expires);
- audience/issuer checks: a token for another API (aud) is rejected.

Needs: pip install pyjwt   (runs on PyJWT 2.6 to 2.10+)
"""
import sys
import time

try:
    import jwt
except ImportError:
    print("This example needs PyJWT: pip install pyjwt")
    sys.exit(2)

KEY = "server-side-secret-at-least-32-bytes-long!"
now = int(time.time())


def decode(token, **kw):
    kw.setdefault("audience", "orders-api")
    kw.setdefault("issuer", "https://auth.example.com")
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "iat", "sub"]}, **kw)


def make(**claims):
    base = {"sub": "42", "iat": now, "aud": "orders-api", "iss": "https://auth.example.com"}
    return jwt.encode({**base, **claims}, KEY, algorithm="HS256")


def attempt(label, token, **kw):
    try:
        result = decode(token, **kw)
        print(f"{label:<44} -> accepted (sub={result['sub']})")
        return None
    except jwt.PyJWTError as e:
        print(f"{label:<44} -> {type(e).__name__}: {e}")
        return type(e)


assert attempt("valid, exp in 5 minutes", make(exp=now + 300)) is None
assert attempt("expired 10 s ago", make(exp=now - 10)) is jwt.ExpiredSignatureError
assert attempt("expired 10 s ago, leeway=30", make(exp=now - 10), leeway=30) is None
assert attempt("expired 120 s ago, leeway=30", make(exp=now - 120), leeway=30) is jwt.ExpiredSignatureError
assert attempt("nbf 60 s in the future", make(exp=now + 300, nbf=now + 60)) is jwt.ImmatureSignatureError
assert attempt("no exp claim at all", make()) is jwt.MissingRequiredClaimError
assert attempt("aud=billing-api (another service)", make(exp=now + 300, aud="billing-api")) is jwt.InvalidAudienceError
assert attempt("iss=https://evil.example", make(exp=now + 300, iss="https://evil.example")) is jwt.InvalidIssuerError

# Without options={"require": ["exp"]}, a token with no exp is valid forever:
forever = jwt.decode(make(), KEY, algorithms=["HS256"], audience="orders-api")
assert "exp" not in forever
print("same no-exp token without require=['exp']    -> accepted: it would never expire")

print("OK: exp/nbf enforced, leeway tolerates small clock skew only, missing exp, wrong aud and wrong iss rejected")
