"""OAuth 2.0 authorization code flow with PKCE: client and authorization server both from oauthlib.

Shows, in one process (no network; the "browser redirects" are URLs handed from one side to the other):
1. the client (a public SPA/mobile app, no client secret) makes a code_verifier, sends only its
   S256 code_challenge plus client_id, redirect_uri, scope and state to /authorize;
2. the server checks client and redirect URI, the user consents, and it redirects back with a
   one-time authorization code and the same state;
3. an attacker holding the intercepted code but not the verifier gets invalid_grant;
4. the client swaps code + code_verifier at /token for an access token (Bearer) and a refresh token;
5. the used code cannot be redeemed twice;
6. the API (resource server) accepts the Bearer token for the granted scope, refuses another scope;
7. PKCE downgrade: with is_pkce_required(), an authorize request without code_challenge is refused,
   and a code that was issued without a challenge is refused at /token even with a verifier.

Needs: pip install oauthlib   (oauthlib 3.2+)
"""
import json
import secrets
import sys

try:
    import oauthlib  # noqa: F401
except ImportError:
    print("This example needs oauthlib 3.2+: pip install oauthlib")
    sys.exit(2)
from oauthlib.oauth2 import RequestValidator, WebApplicationClient, WebApplicationServer  # noqa: E402
from oauthlib.oauth2.rfc6749.errors import MismatchingStateError, OAuth2Error  # noqa: E402

CLIENT_ID = "photo-printer-spa"
REDIRECT_URI = "https://printer.example/callback"
AUTHORIZE_URL = "https://auth.example.com/authorize"
TOKEN_URL = "https://auth.example.com/token"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class Client:  # what the server knows about a registered client
    client_id = CLIENT_ID


class Validator(RequestValidator):
    """The storage and policy hooks oauthlib asks the authorization server to provide."""

    def __init__(self):
        self.codes = {}   # code -> {user, scopes, redirect_uri, challenge, method}
        self.tokens = {}  # access token -> {user, scopes}

    # --- who is the client? (public client: identified by client_id, no secret) ---
    def validate_client_id(self, client_id, request, *a, **kw):
        return client_id == CLIENT_ID

    def client_authentication_required(self, request, *a, **kw):
        return False

    def authenticate_client_id(self, client_id, request, *a, **kw):
        request.client = Client()
        return client_id == CLIENT_ID

    def validate_redirect_uri(self, client_id, redirect_uri, request, *a, **kw):
        return redirect_uri == REDIRECT_URI  # exact match against the registered URI

    def get_default_redirect_uri(self, client_id, request, *a, **kw):
        return REDIRECT_URI

    def validate_response_type(self, client_id, response_type, client, request, *a, **kw):
        return response_type == "code"

    def validate_scopes(self, client_id, scopes, client, request, *a, **kw):
        return set(scopes) <= {"photos.read", "photos.write"}

    def get_default_scopes(self, client_id, request, *a, **kw):
        return ["photos.read"]

    # --- PKCE ---
    def is_pkce_required(self, client_id, request):
        return True

    def get_code_challenge(self, code, request):
        return self.codes.get(code, {}).get("challenge")

    def get_code_challenge_method(self, code, request):
        return self.codes.get(code, {}).get("method")

    # --- authorization codes ---
    def save_authorization_code(self, client_id, code, request, *a, **kw):
        self.codes[code["code"]] = {"user": request.user, "scopes": request.scopes, "redirect_uri": request.redirect_uri,
                                    "challenge": request.code_challenge, "method": request.code_challenge_method}

    def validate_code(self, client_id, code, client, request, *a, **kw):
        if code not in self.codes:
            return False
        request.user = self.codes[code]["user"]
        request.scopes = self.codes[code]["scopes"]
        return True

    def confirm_redirect_uri(self, client_id, code, redirect_uri, client, request, *a, **kw):
        return self.codes[code]["redirect_uri"] == redirect_uri

    def validate_grant_type(self, client_id, grant_type, client, request, *a, **kw):
        return grant_type in ("authorization_code", "refresh_token")

    def invalidate_authorization_code(self, client_id, code, request, *a, **kw):
        self.codes.pop(code, None)  # one-time use

    # --- tokens ---
    def save_bearer_token(self, token, request, *a, **kw):
        self.tokens[token["access_token"]] = {"user": request.user, "scopes": token["scope"].split()}

    def validate_bearer_token(self, token, scopes, request):
        info = self.tokens.get(token)
        if info is None or not set(scopes) <= set(info["scopes"]):
            return False
        request.user, request.scopes = info["user"], info["scopes"]
        return True


validator = Validator()
auth_server = WebApplicationServer(validator)
resource_server = auth_server  # the server classes also include the resource endpoint (verify_request)
client = WebApplicationClient(CLIENT_ID)

# 1. Client builds the authorization URL with PKCE.
code_verifier = client.create_code_verifier(64)
code_challenge = client.create_code_challenge(code_verifier, "S256")
state = secrets.token_urlsafe(16)
auth_url = client.prepare_request_uri(AUTHORIZE_URL, redirect_uri=REDIRECT_URI, scope=["photos.read"], state=state,
                                      code_challenge=code_challenge, code_challenge_method="S256")
print("1. browser goes to:", auth_url[:110] + "...")
assert "code_challenge=" in auth_url and code_verifier not in auth_url, "only the challenge travels in the URL"

# 2. Server validates the request, the user logs in and consents, server redirects back with a code.
scopes, credentials = auth_server.validate_authorization_request(auth_url, "GET", None, None)
print("   server validated client_id/redirect_uri; scopes asked:", scopes)
headers, _, status = auth_server.create_authorization_response(
    auth_url, "GET", None, None, scopes=scopes, credentials={**credentials, "user": "alice"})
callback = headers["Location"]
print("2. redirect", status, "->", callback)
assert status == 302 and callback.startswith(REDIRECT_URI)
try:
    client.parse_request_uri_response(callback.replace(state, "forged-state"), state=state)
    raise AssertionError("a mismatching state must be refused")
except MismatchingStateError:
    print("   a callback with a different state is refused (CSRF on the redirect)")
code = client.parse_request_uri_response(callback, state=state)["code"]

# 3. An attacker who intercepted the code (e.g. a malicious app registered for the same custom URL
#    scheme) but does not have the verifier, which never left the real client:
attacker_body = WebApplicationClient(CLIENT_ID).prepare_request_body(
    code=code, redirect_uri=REDIRECT_URI, code_verifier=WebApplicationClient(CLIENT_ID).create_code_verifier(64),
    include_client_id=True)
_, body, status = auth_server.create_token_response(TOKEN_URL, "POST", attacker_body, FORM)
print("3. stolen code + attacker's own verifier at /token ->", status, json.loads(body))
assert status == 400 and json.loads(body)["error"] == "invalid_grant"

# 4. The real client redeems code + verifier; the server checks SHA-256(verifier) == challenge.
token_body = client.prepare_request_body(code=code, redirect_uri=REDIRECT_URI, code_verifier=code_verifier,
                                         include_client_id=True)
_, body, status = auth_server.create_token_response(TOKEN_URL, "POST", token_body, FORM)
token = client.parse_request_body_response(body)
shown = {k: (v[:8] + "..." if k.endswith("token") else v) for k, v in token.items() if k != "expires_at"}
print("4. POST /token with code + code_verifier ->", status, shown)
assert status == 200 and token["token_type"] == "Bearer" and "refresh_token" in token

# 5. Codes are single-use.
_, body, status = auth_server.create_token_response(TOKEN_URL, "POST", token_body, FORM)
print("5. redeeming the same code again ->", status, json.loads(body)["error"])
assert status == 400 and json.loads(body)["error"] == "invalid_grant"

# 6. The API (resource server) checks the Bearer token and its scope.
_, api_headers, _ = client.add_token("https://api.example.com/photos")
ok, req = resource_server.verify_request("https://api.example.com/photos", "GET", None, api_headers, scopes=["photos.read"])
print("6. GET /photos with Bearer token (photos.read)  ->", ok, "user =", req.user)
denied, _ = resource_server.verify_request("https://api.example.com/photos", "DELETE", None, api_headers, scopes=["photos.write"])
print("   DELETE /photos needs photos.write (not granted) ->", denied)
assert ok and req.user == "alice" and not denied

# 7. PKCE downgrade: a request that leaves PKCE out. is_pkce_required() makes oauthlib refuse it at
#    /authorize, and a code stored without a challenge is refused at /token even with a verifier.
no_pkce_url = client.prepare_request_uri(AUTHORIZE_URL, redirect_uri=REDIRECT_URI, scope=["photos.read"], state=state)
try:
    auth_server.validate_authorization_request(no_pkce_url, "GET", None, None)
    raise AssertionError("an authorize request without code_challenge must be refused")
except OAuth2Error as e:
    print("7. /authorize without code_challenge ->", e.error, "-", e.description)
validator.codes["code-without-challenge"] = {"user": "mallory", "scopes": ["photos.read"], "redirect_uri": REDIRECT_URI,
                                             "challenge": None, "method": None}
downgrade_body = client.prepare_request_body(code="code-without-challenge", redirect_uri=REDIRECT_URI,
                                             code_verifier=code_verifier, include_client_id=True)
_, body, status = auth_server.create_token_response(TOKEN_URL, "POST", downgrade_body, FORM)
print("   /token with a verifier for a code that had no challenge ->", status, json.loads(body)["error"])
assert status == 400 and json.loads(body)["error"] == "invalid_grant"

print("OK: authorization code + PKCE flow: code for consent, code+verifier for a Bearer token; stolen code without verifier and code reuse -> invalid_grant")
