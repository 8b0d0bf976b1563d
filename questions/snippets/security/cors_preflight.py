"""CORS: the server declares which other origins' JavaScript may read its responses; the browser enforces it.

Shows (Django + a 25-line CORS middleware standing in for django-cors-headers):
- a preflight (OPTIONS with Origin + Access-Control-Request-Method) from an allowed origin gets
  Access-Control-Allow-Origin/-Methods/-Headers/-Credentials; from another origin it gets none;
- a tiny "browser" that applies the CORS rules: the allowed origin reads the JSON, the other origin
  gets a CORS error for a PUT (the preflight fails, so the PUT is never sent);
- but the server still answers a plain GET from any origin, and curl-like clients ignore CORS:
  CORS relaxes the same-origin policy for browsers, it is NOT authentication or access control.

Needs: pip install django   (runs on Django 3.2 to 5.x). Real projects use django-cors-headers
(CORS_ALLOWED_ORIGINS = [...]); never reflect any Origin together with Allow-Credentials.
"""
import json
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This example needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[],
    MIDDLEWARE=[__name__ + ".SimpleCorsMiddleware"],
)
django.setup()

from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

ALLOWED_ORIGINS = {"https://app.example.com"}
SERVER_LOG = []


class SimpleCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        origin = request.headers.get("Origin")
        preflight = request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
        response = HttpResponse(status=200) if preflight else self.get_response(request)
        if origin in ALLOWED_ORIGINS:  # echo the exact origin, never "*" when cookies are allowed
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            if preflight:
                response["Access-Control-Allow-Methods"] = "GET, PUT, DELETE"
                response["Access-Control-Allow-Headers"] = "content-type, authorization"
                response["Access-Control-Max-Age"] = "600"
        response["Vary"] = "Origin"
        return response


def profile(request):
    SERVER_LOG.append(request.method)
    return JsonResponse({"email": "alice@example.com"})


urlpatterns = [path("api/profile/", profile)]
client = Client()


def browser_fetch(page_origin, method="GET", content_type=None):
    """What a browser does for fetch() from a page on page_origin to the API's origin."""
    headers = {"HTTP_ORIGIN": page_origin}
    simple = method in ("GET", "HEAD", "POST") and content_type in (None, "text/plain")
    if not simple:  # e.g. PUT or a JSON body: ask first
        pre = client.options("/api/profile/", HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
                             HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type", **headers)
        if pre.get("Access-Control-Allow-Origin") != page_origin or method not in pre.get("Access-Control-Allow-Methods", ""):
            return "CORS error: preflight refused, request NOT sent"
    r = client.generic(method, "/api/profile/", "{}", content_type=content_type or "text/plain", **headers)
    if r.get("Access-Control-Allow-Origin") != page_origin:
        return f"CORS error: server answered {r.status_code}, but JS may not read it"
    return json.loads(r.content)


pre_ok = client.options("/api/profile/", HTTP_ORIGIN="https://app.example.com", HTTP_ACCESS_CONTROL_REQUEST_METHOD="PUT")
pre_bad = client.options("/api/profile/", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="PUT")
print("preflight from app.example.com ->", {k: v for k, v in pre_ok.items() if k.startswith("Access-Control")})
print("preflight from evil.example    ->", {k: v for k, v in pre_bad.items() if k.startswith("Access-Control")})
assert pre_ok["Access-Control-Allow-Origin"] == "https://app.example.com"
assert not pre_bad.has_header("Access-Control-Allow-Origin")
assert SERVER_LOG == [], "preflights are answered by the middleware, the view never ran"

r1 = browser_fetch("https://app.example.com", "PUT", "application/json")
r2 = browser_fetch("https://evil.example", "PUT", "application/json")
print("browser PUT from app.example.com:", r1)
print("browser PUT from evil.example   :", r2)
assert r1 == {"email": "alice@example.com"} and r2.startswith("CORS error: preflight refused")
assert SERVER_LOG == ["PUT"], "the refused PUT never reached the view"

r3 = browser_fetch("https://evil.example", "GET")
print("browser GET from evil.example   :", r3)
assert r3.startswith("CORS error: server answered 200") and SERVER_LOG[-1] == "GET"
curl = client.get("/api/profile/")  # no browser, no Origin header: CORS does not apply
print("curl GET (no browser)           :", curl.status_code, json.loads(curl.content))
assert curl.status_code == 200

print("OK: preflight grants only the allowed origin; browsers block other origins; the server itself still answered, so CORS is not auth")
