"""Why jwt.decode() must be given algorithms=[...]: "alg": "none" and RS256/HS256 algorithm confusion.

Shows:
- PyJWT 2 refuses to decode without an explicit algorithms list (DecodeError);
- an unsigned token ("alg": "none", empty signature) is rejected when you allow only RS256;
- the algorithm-confusion attack: the attacker takes the server's PUBLIC RSA key and uses it as an
  HMAC secret to sign an HS256 token. A hand-written verifier that trusts the token's "alg" header
  accepts it; PyJWT with algorithms=["RS256"] rejects it (InvalidAlgorithmError), and PyJWT also
  refuses to use a PEM public key as an HMAC secret (InvalidKeyError);
- the genuine RS256 token (signed with the private key) verifies with the public key.

Needs: pip install "pyjwt[crypto]"   (PyJWT 2.6 to 2.10+ with the cryptography package, for RS256)
"""
import base64
import hashlib
import hmac
import json
import sys
import time

try:
    import jwt
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
except ImportError:
    print('This example needs PyJWT with cryptography: pip install "pyjwt[crypto]"')
    sys.exit(2)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
public_pem = private_key.public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
)
claims = {"sub": "42", "role": "user", "exp": int(time.time()) + 300}
genuine = jwt.encode(claims, private_key, algorithm="RS256")
assert jwt.decode(genuine, public_pem, algorithms=["RS256"])["role"] == "user"
print("genuine RS256 token verified with the public key")

# 1. No algorithms list: PyJWT 2 refuses.
try:
    jwt.decode(genuine, public_pem)
    raise AssertionError("decode without algorithms must fail")
except jwt.DecodeError as e:
    print("decode(token, key) without algorithms= ->", type(e).__name__, "-", e)

# 2. alg "none": no signature at all.
header = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
body = b64url(json.dumps({**claims, "role": "admin"}).encode())
unsigned = f"{header}.{body}."
try:
    jwt.decode(unsigned, public_pem, algorithms=["RS256"])
    raise AssertionError("alg none must be rejected")
except jwt.InvalidAlgorithmError as e:
    print('alg "none" token, algorithms=["RS256"] ->', type(e).__name__, "-", e)

# 3. Algorithm confusion: HS256 signed with the public key (which the attacker can download).
header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
signing_input = f"{header}.{body}"
confused = signing_input + "." + b64url(hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest())


def naive_verify(token, key):
    """BAD: picks the algorithm from the attacker-controlled header."""
    h, p, s = token.split(".")
    if json.loads(b64url_decode(h))["alg"] == "HS256":
        ok = hmac.compare_digest(b64url_decode(s), hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
        return json.loads(b64url_decode(p)) if ok else None
    return jwt.decode(token, key, algorithms=["RS256"])


print("naive verifier on the confused token    -> role =", naive_verify(confused, public_pem)["role"], "(forged!)")
assert naive_verify(confused, public_pem)["role"] == "admin"

try:
    jwt.decode(confused, public_pem, algorithms=["RS256"])
    raise AssertionError("HS256 token must be rejected when only RS256 is allowed")
except jwt.InvalidAlgorithmError as e:
    print('PyJWT, algorithms=["RS256"]              ->', type(e).__name__, "-", e)

try:
    jwt.decode(confused, public_pem, algorithms=["RS256", "HS256"])  # mixing families: don't
    raise AssertionError("PyJWT must refuse a PEM key as an HMAC secret")
except jwt.InvalidKeyError as e:
    print('PyJWT, algorithms=["RS256","HS256"]      ->', type(e).__name__, "-", str(e)[:60] + "...")

print("OK: algorithms= is mandatory; alg none and the RS256->HS256 confusion token are rejected when the allowed algorithm is pinned")
