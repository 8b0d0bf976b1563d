"""JWKS and key rotation: the verifier picks the public key by the token's `kid` from the issuer's JWKS.

Shows (PyJWT's PyJWKClient / PyJWKSet, a JWKS served by a local HTTP server on 127.0.0.1):
- the issuer publishes {"keys": [...]} with a `kid` per key; a token's header names its `kid`;
- PyJWKClient fetches the JWKS once and caches it: verifying more tokens makes no more requests;
- rotation: the issuer adds key-2 to the JWKS (both are published during the overlap) and starts
  signing with it; the first token with the unknown kid makes PyJWKClient refetch once, and then
  tokens of both keys verify (newer PyJWT allows that refetch once per cooldown_duration, 30 s by
  default, so made-up kids cannot flood the issuer: the snippet shows that where it exists);
- after key-1 is removed from the JWKS, a token signed with it no longer verifies (unknown kid);
- the algorithm still comes from YOUR allow-list (algorithms=["RS256"]), never from the token.

Needs: pip install "pyjwt[crypto]"   (PyJWT 2.6 to 2.15 with cryptography)
"""
import inspect
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

try:
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa
    from jwt.algorithms import RSAAlgorithm
except ImportError:
    print('This example needs PyJWT with cryptography: pip install "pyjwt[crypto]"')
    sys.exit(2)

private = {kid: rsa.generate_private_key(public_exponent=65537, key_size=2048) for kid in ("key-1", "key-2")}


def jwk(kid):
    entry = json.loads(RSAAlgorithm.to_jwk(private[kid].public_key()))
    entry.update({"kid": kid, "use": "sig", "alg": "RS256"})
    return entry


PUBLISHED = {"keys": [jwk("key-1")]}
REQUESTS = []


class Jwks(BaseHTTPRequestHandler):
    def do_GET(self):
        REQUESTS.append(self.path)
        body = json.dumps(PUBLISHED).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def issue(kid, sub):
    claims = {"sub": sub, "iss": "https://auth.example", "aud": "orders-api", "exp": int(time.time()) + 300}
    return jwt.encode(claims, private[kid], algorithm="RS256", headers={"kid": kid})


server = HTTPServer(("127.0.0.1", 0), Jwks)
threading.Thread(target=server.serve_forever, daemon=True).start()
try:
    client = jwt.PyJWKClient(f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json")

    def verify(token):
        key = client.get_signing_key_from_jwt(token)
        return jwt.decode(token, key.key, algorithms=["RS256"], audience="orders-api", issuer="https://auth.example")

    old = issue("key-1", "alice")
    print("token header:", jwt.get_unverified_header(old))
    assert jwt.get_unverified_header(old)["kid"] == "key-1"
    for _ in range(3):
        assert verify(old)["sub"] == "alice"
    print("3 verifications -> JWKS requests:", len(REQUESTS))
    assert len(REQUESTS) == 1, "the JWKS is fetched once and cached"

    PUBLISHED["keys"].append(jwk("key-2"))       # overlap: both keys published, new tokens use key-2
    new = issue("key-2", "bob")
    if "cooldown_duration" in inspect.signature(jwt.PyJWKClient).parameters:
        # Newer PyJWT refetches for an unknown kid at most once per cooldown_duration (30 s by default),
        # so a flood of made-up kids cannot hammer the issuer; the fetch 1 line above was too recent.
        try:
            verify(new)
            raise AssertionError("PyJWT with a refetch cooldown must not refetch right after a fetch")
        except jwt.PyJWKClientError:
            print(f"PyJWT {jwt.__version__}: unknown kid within the 30 s cooldown -> not refetched, refused")
        assert len(REQUESTS) == 1, "the cooldown stopped the refetch"
        client.cooldown_duration = 0   # stands for "30 s later": the same client, with its cached JWKS
    assert len(client.get_jwk_set().keys) == 1, "the cached JWKS still has only key-1"
    assert verify(new)["sub"] == "bob" and verify(old)["sub"] == "alice"
    print("token with the new kid -> JWKS fetched again; requests now", len(REQUESTS), "| both kids verify")
    assert len(REQUESTS) == 2, "the unknown kid made the same client refetch once"
    assert verify(new)["sub"] == "bob" and len(REQUESTS) == 2, "the refreshed set is cached again"

    PUBLISHED["keys"] = [jwk("key-2")]          # key-1 retired after the old tokens expired
    keyset = jwt.PyJWKSet.from_dict(PUBLISHED)   # what a verifier holding a fresh JWKS sees
    assert [k.key_id for k in keyset.keys] == ["key-2"]
    fresh = jwt.PyJWKClient(f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json")
    try:
        fresh.get_signing_key_from_jwt(old)
        raise AssertionError("a retired kid must not verify")
    except jwt.PyJWKClientError as e:
        print("after key-1 is removed, its token ->", e)

    try:
        jwt.decode(new, private["key-2"].public_key(), algorithms=["HS256"])
        raise AssertionError("algorithms= is the verifier's allow-list")
    except jwt.InvalidTokenError as e:
        print("same key with algorithms=['HS256'] ->", type(e).__name__)
finally:
    server.shutdown()
    server.server_close()

print("OK: the kid in the header selects the key from the cached JWKS; an unknown kid triggers one refetch, so "
      "publishing the new key before using it rotates without downtime; a removed key stops verifying")
