"""The three parts of a JWT: base64url(header) . base64url(payload) . signature.

Shows (PyJWT, HS256):
- splitting a token and base64url-decoding the header ({"alg", "typ"}) and payload (claims) with the
  standard library alone: anyone holding the token can read it - a JWS is signed, not encrypted;
- the signature is HMAC-SHA256 over "header.payload" with the server's secret (recomputed by hand);
- changing one claim without the key breaks the signature (InvalidSignatureError), and a different
  key is rejected too.

Needs: pip install pyjwt   (runs on PyJWT 2.6 to 2.10+; the HMAC key is 32+ bytes as 2.10 expects)
"""
import base64
import hashlib
import hmac
import json
import sys
import time

try:
    import jwt
except ImportError:
    print("This example needs PyJWT: pip install pyjwt")
    sys.exit(2)

SECRET = "server-side-secret-at-least-32-bytes-long!"


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))  # JWTs drop the '=' padding


now = int(time.time())
claims = {"sub": "42", "name": "Alice", "role": "user", "iat": now, "exp": now + 300}
token = jwt.encode(claims, SECRET, algorithm="HS256")
header_b64, payload_b64, signature_b64 = token.split(".")
print("token:", token[:60] + "...")
print("  header   :", header_b64, "->", b64url_decode(header_b64).decode())
print("  payload  :", payload_b64[:30] + "...", "->", b64url_decode(payload_b64).decode())
print("  signature:", signature_b64)

header = json.loads(b64url_decode(header_b64))
payload = json.loads(b64url_decode(payload_b64))
assert header == {"alg": "HS256", "typ": "JWT"}
assert payload == claims, "the payload is only encoded: readable without any key"
assert "=" not in token and "+" not in token and "/" not in token, "base64url, unpadded"

expected = hmac.new(SECRET.encode(), f"{header_b64}.{payload_b64}".encode(), hashlib.sha256).digest()
assert b64url_decode(signature_b64) == expected
print("  signature == HMAC-SHA256(secret, header + '.' + payload): True")

assert jwt.decode(token, SECRET, algorithms=["HS256"]) == claims

forged_payload = base64.urlsafe_b64encode(json.dumps({**claims, "role": "admin"}).encode()).rstrip(b"=").decode()
forged = f"{header_b64}.{forged_payload}.{signature_b64}"
try:
    jwt.decode(forged, SECRET, algorithms=["HS256"])
    raise AssertionError("a tampered token must be rejected")
except jwt.InvalidSignatureError as e:
    print("tampered role=admin  ->", type(e).__name__, e)

try:
    jwt.decode(token, "some-other-secret-that-is-also-32-bytes", algorithms=["HS256"])
    raise AssertionError("a token checked with the wrong key must be rejected")
except jwt.InvalidSignatureError as e:
    print("wrong verification key ->", type(e).__name__)

print("OK: a JWT is header.payload.signature in base64url; claims are readable by anyone, and tampering breaks the signature")
