"""OpenID Connect: the ID token is a signed JWT that tells the CLIENT who logged in; validate it fully.

Shows (PyJWT + cryptography):
- the provider signs an ID token (RS256) with iss, sub, aud = the client's id, exp, iat, nonce, and
  publishes its public key as a JWKS; the client picks the key by the token header's kid;
- the client validates signature, iss, aud, exp and that nonce equals the one it sent (replay protection);
- an ID token issued to another client (aud) and a replayed token (nonce mismatch) are rejected;
- the ID token is for the client to know the user; APIs take the access token, not the ID token.

Needs: pip install "pyjwt[crypto]"   (PyJWT 2.6 to 2.10+ with the cryptography package)
"""
import json
import secrets
import sys
import time

try:
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa
    from jwt.algorithms import RSAAlgorithm
except ImportError:
    print('This example needs PyJWT with cryptography: pip install "pyjwt[crypto]"')
    sys.exit(2)

ISSUER = "https://accounts.example.com"
CLIENT_ID = "photo-printer-web"

# --- the OpenID provider ---
provider_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
jwk = json.loads(RSAAlgorithm.to_jwk(provider_key.public_key()))
JWKS = {"keys": [{**jwk, "kid": "2024-key-1", "use": "sig", "alg": "RS256"}]}  # served at /.well-known/jwks.json


def issue_id_token(aud, nonce):
    now = int(time.time())
    claims = {"iss": ISSUER, "sub": "248289761001", "aud": aud, "iat": now, "exp": now + 300, "nonce": nonce,
              "auth_time": now, "email": "alice@example.com", "email_verified": True}
    return jwt.encode(claims, provider_key, algorithm="RS256", headers={"kid": "2024-key-1"})


# --- the client (relying party) ---
def validate_id_token(id_token, expected_nonce):
    kid = jwt.get_unverified_header(id_token)["kid"]
    key = next(jwt.PyJWK(k).key for k in JWKS["keys"] if k["kid"] == kid)
    claims = jwt.decode(id_token, key, algorithms=["RS256"], audience=CLIENT_ID, issuer=ISSUER,
                        options={"require": ["iss", "sub", "aud", "exp", "iat"]})
    if claims.get("nonce") != expected_nonce:
        raise jwt.InvalidTokenError("nonce mismatch: replayed or injected ID token")
    return claims


nonce = secrets.token_urlsafe(16)  # sent in the authorize request, stored in the user's session
id_token = issue_id_token(CLIENT_ID, nonce)
print("ID token header :", jwt.get_unverified_header(id_token))
claims = validate_id_token(id_token, nonce)
print("validated claims:", {k: claims[k] for k in ("iss", "sub", "aud", "email", "nonce")})
assert claims["sub"] == "248289761001" and claims["aud"] == CLIENT_ID

for label, token, expected_nonce in [
    ("ID token issued to another client", issue_id_token("some-other-app", nonce), nonce),
    ("replayed token from an older login", id_token, secrets.token_urlsafe(16)),
]:
    try:
        validate_id_token(token, expected_nonce)
        raise AssertionError(label + " must be rejected")
    except jwt.InvalidTokenError as e:
        print(f"{label:<36} -> {type(e).__name__}: {e}")

print("OK: an OIDC ID token is a signed JWT for the client; signature via JWKS kid, iss, aud, exp and nonce all checked")
