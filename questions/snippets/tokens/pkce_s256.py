"""PKCE (RFC 7636): code_verifier, code_challenge = BASE64URL(SHA256(verifier)), and how the server checks it.

Shows:
- the RFC 7636 Appendix B example: verifier "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" gives
  challenge "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" (computed with hashlib, and with oauthlib);
- a fresh verifier is 43-128 characters of [A-Za-z0-9-._~] with high entropy;
- the server's check at /token: recompute the challenge from the presented verifier and compare it
  in constant time with the one stored at /authorize; a verifier guessed by whoever stole the code fails;
- "plain" sends the verifier itself as the challenge, so anyone who saw the authorize URL could
  redeem the code: use S256.

Needs: pip install oauthlib   (oauthlib 3.2+, for its client helpers; the check itself is stdlib)
"""
import base64
import hashlib
import hmac
import re
import secrets
import sys

try:
    from oauthlib.oauth2 import WebApplicationClient
except ImportError:
    print("This example needs oauthlib 3.2+: pip install oauthlib")
    sys.exit(2)


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


rfc_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
rfc_challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
client = WebApplicationClient("demo-client")
print("RFC 7636 verifier :", rfc_verifier)
print("S256 challenge    :", s256(rfc_verifier))
assert s256(rfc_verifier) == rfc_challenge
assert client.create_code_challenge(rfc_verifier, "S256") == rfc_challenge

verifier = secrets.token_urlsafe(48)  # 48 random bytes -> 64 base64url characters (384 bits)
print("fresh verifier    :", verifier, f"({len(verifier)} chars)")
assert 43 <= len(verifier) <= 128 and re.fullmatch(r"[A-Za-z0-9\-._~]+", verifier)

# At /authorize the server stores the challenge with the code; at /token it checks the verifier.
stored = {"code": "one-time-code", "challenge": s256(verifier), "method": "S256"}


def token_endpoint_check(presented_verifier):
    return hmac.compare_digest(s256(presented_verifier), stored["challenge"])


assert token_endpoint_check(verifier)
assert not token_endpoint_check(secrets.token_urlsafe(48)), "the thief's own verifier does not match"
assert not token_endpoint_check(stored["challenge"]), "knowing the challenge (it was in the URL) does not help"
print("server check      : real verifier -> True, attacker's verifier -> False, the challenge itself -> False")

# method=plain: code_challenge = code_verifier, so the authorize URL already reveals the verifier.
plain_stored = {"challenge": verifier}
seen_in_url = plain_stored["challenge"]
assert hmac.compare_digest(seen_in_url, plain_stored["challenge"]), "with plain, whoever saw the URL can redeem"
print("method=plain      : the challenge IS the verifier, anyone who saw the authorize URL passes (use S256)")

print("OK: S256 challenge matches RFC 7636's example; only the holder of the original verifier passes the token-endpoint check")
