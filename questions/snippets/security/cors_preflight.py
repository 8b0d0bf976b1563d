"""CORS: the server declares which other origins' JavaScript may read its responses; the browser enforces it.

Runs a real CORS middleware (Starlette's CORSMiddleware, the one FastAPI uses; django-cors-headers
follows the same rules) in front of a tiny API and shows what the *server* side does:
- a preflight (OPTIONS + Origin + Access-Control-Request-Method) from the allowed origin gets
  Access-Control-Allow-Origin: <that origin> and Allow-Credentials; from another origin it gets no
  Allow-Origin and the view never runs;
- a "simple" cross-origin POST from another origin, carrying the user's cookie, is NOT preflighted:
  the view runs and changes state; only the response lacks Access-Control-Allow-Origin, so a browser
  hides it from the script. CORS decides who may read, not who may send: it does not stop CSRF;
- a client without a browser (no Origin, like curl) is answered with no CORS headers at all;
- allow_origins=["*"] together with allow_credentials: the middleware answers a cookie-carrying
  request with that request's own Origin, i.e. every site may read the user's data.
What the browser does with these headers (send cookies per the request's credentials mode; expose
the response only with a matching Allow-Origin and, for credentialed requests, Allow-Credentials:
true) is the Fetch standard's part and is not modelled here.

Needs: pip install fastapi httpx   (Starlette comes with FastAPI; runs on Starlette 0.26 to 1.x)
"""
import sys

try:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient
except ImportError:
    print("This example needs Starlette and httpx: pip install fastapi httpx")
    sys.exit(2)

APP_ORIGIN, EVIL_ORIGIN = "https://app.example.com", "https://evil.example"
SERVER_LOG = []


async def transfer(request):
    SERVER_LOG.append((request.method, request.headers.get("origin"), request.cookies.get("sessionid")))
    return JSONResponse({"balance": 0})


def make_app(**cors):
    return Starlette(routes=[Route("/api/transfer", transfer, methods=["GET", "POST", "PUT"])],
                     middleware=[Middleware(CORSMiddleware, **cors)])


api = TestClient(make_app(allow_origins=[APP_ORIGIN], allow_methods=["GET", "POST", "PUT"],
                          allow_headers=["content-type"], allow_credentials=True))
pre = {"access-control-request-method": "PUT", "access-control-request-headers": "content-type"}

ok = api.options("/api/transfer", headers={"origin": APP_ORIGIN, **pre})
bad = api.options("/api/transfer", headers={"origin": EVIL_ORIGIN, **pre})
print("preflight from", APP_ORIGIN, "->", ok.status_code, {k: v for k, v in ok.headers.items() if k.startswith("access-control")})
print("preflight from", EVIL_ORIGIN, "   ->", bad.status_code, {k: v for k, v in bad.headers.items() if k.startswith("access-control-allow-o")} or "no Allow-Origin")
assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == APP_ORIGIN
assert ok.headers["access-control-allow-credentials"] == "true" and "PUT" in ok.headers["access-control-allow-methods"]
assert "access-control-allow-origin" not in bad.headers, "a refused preflight grants nothing"
assert SERVER_LOG == [], "preflights are answered by the middleware: the view never ran"

# A form-style POST is a "simple" request: no preflight, the browser sends it with the cookie.
forged = api.post("/api/transfer", content="to=mallory", headers={
    "origin": EVIL_ORIGIN, "content-type": "application/x-www-form-urlencoded", "cookie": "sessionid=alice-session"})
print("simple POST from", EVIL_ORIGIN, "with the cookie ->", forged.status_code,
      "| Allow-Origin:", forged.headers.get("access-control-allow-origin", "(none)"), "| server log:", SERVER_LOG[-1])
assert SERVER_LOG[-1] == ("POST", EVIL_ORIGIN, "alice-session"), "the server received the cookie and ran the view"
assert "access-control-allow-origin" not in forged.headers, "...but the response is not exposed to evil.example"

mine = api.get("/api/transfer", headers={"origin": APP_ORIGIN, "cookie": "sessionid=alice-session"})
assert mine.headers["access-control-allow-origin"] == APP_ORIGIN and mine.headers["access-control-allow-credentials"] == "true"

curl = api.get("/api/transfer")  # no Origin header: CORS does not apply at all
print("curl GET (no Origin)              ->", curl.status_code, curl.json(), "| CORS headers:",
      [k for k in curl.headers if k.startswith("access-control")] or "none")
assert curl.status_code == 200 and not any(k.startswith("access-control") for k in curl.headers)

wildcard = TestClient(make_app(allow_origins=["*"], allow_credentials=True))
echoed = wildcard.get("/api/transfer", headers={"origin": EVIL_ORIGIN, "cookie": "sessionid=alice-session"})
print('allow_origins=["*"] + credentials, cookie request from evil.example -> Allow-Origin:',
      echoed.headers.get("access-control-allow-origin"), "| Allow-Credentials:", echoed.headers.get("access-control-allow-credentials"))
assert echoed.headers.get("access-control-allow-origin") == EVIL_ORIGIN, "the wildcard became a reflected origin"
assert echoed.headers.get("access-control-allow-credentials") == "true"

print("OK: the preflight grants only the listed origin; a simple cross-origin POST with cookies still ran on the server "
      "(only its response is hidden), so CORS is not access control and not CSRF protection")
