"""PKCE (RFC 7636): code_verifier, code_challenge = BASE64URL(SHA256(verifier)), and how the server checks it.

Shows:
- the RFC 7636 Appendix B example: verifier "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" gives
  challenge "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" (computed with hashlib, and with oauthlib);
- a fresh verifier is 43-128 characters of [A-Za-z0-9-._~] with high entropy;
- the server's check at /token (oauthlib's own code_challenge_method_s256): it recomputes the
  challenge from the presented verifier; the thief's own verifier, or the challenge seen in the
  authorize URL, fails;
- "plain" (oauthlib's create_code_challenge and code_challenge_method_plain): the challenge is the
  verifier itself, so the value seen in the authorize URL passes the check: use S256.

Needs: pip install oauthlib   (oauthlib 3.2+: its client helpers and its server's checks)
"""
import base64
import hashlib
import re
import secrets
import sys

try:
    from oauthlib.oauth2 import WebApplicationClient
    from oauthlib.oauth2.rfc6749.grant_types.authorization_code import (
        code_challenge_method_plain, code_challenge_method_s256)
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

# At /authorize the server stores the challenge with the code; at /token oauthlib's server runs
# code_challenge_method_s256(verifier, challenge), the RFC 7636 section 4.6 comparison.
stored = {"code": "one-time-code", "challenge": client.create_code_challenge(verifier, "S256"), "method": "S256"}
assert stored["challenge"] == s256(verifier)
assert code_challenge_method_s256(verifier, stored["challenge"])
assert not code_challenge_method_s256(secrets.token_urlsafe(48), stored["challenge"]), "the thief's own verifier does not match"
assert not code_challenge_method_s256(stored["challenge"], stored["challenge"]), "knowing the challenge (it was in the URL) does not help"
print("server check S256 : real verifier -> True, attacker's verifier -> False, the challenge seen in the URL -> False")

# method=plain: the challenge in the authorize URL is the verifier itself, so the same eavesdropper passes.
plain_challenge = client.create_code_challenge(verifier)  # no method given: oauthlib uses plain
seen_in_url = plain_challenge
assert plain_challenge == verifier, "oauthlib: plain challenge = verifier"
assert code_challenge_method_plain(seen_in_url, plain_challenge), "with plain, whoever saw the URL can redeem"
print("server check plain: the value seen in the authorize URL -> True (use S256)")

print("OK: S256 challenge matches RFC 7636's example; oauthlib's token-endpoint check passes only the original verifier, "
      "while with plain the URL's challenge itself passes")
