"""Where a browser app keeps tokens: access token in memory, refresh token in an HttpOnly cookie.

Shows (Django issues the tokens, the standard library's http.cookiejar applies a browser's
Domain/Path/Secure rules; it does not model HttpOnly or SameSite, which only a browser enforces):
- Django's own defaults: the session cookie is HttpOnly and SameSite=Lax but not Secure (set
  SESSION_COOKIE_SECURE in production), and the CSRF cookie is deliberately readable by JS;
- the login response returns the short-lived access token in the JSON body (the SPA keeps it in a
  JS variable) and sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie with
  Path=/auth/refresh/;
- the cookie jar sends that cookie to https://.../auth/refresh/ only: not to other API paths and
  not over plain http;
- and why memory storage does not contain an XSS: a script on the page never reads the cookie, it
  just calls /auth/refresh/; the browser attaches the cookie, and the response body hands the
  script a fresh access token.

Needs: pip install django   (runs on Django 3.2 to 6.x)
"""
import email.message
import json
import secrets
import sys
import urllib.request
from http.cookiejar import CookieJar

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
    MIDDLEWARE=[],
)
django.setup()

from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402


from django.conf import global_settings  # noqa: E402

print("Django defaults: SESSION_COOKIE_HTTPONLY =", global_settings.SESSION_COOKIE_HTTPONLY,
      "| SESSION_COOKIE_SAMESITE =", global_settings.SESSION_COOKIE_SAMESITE,
      "| SESSION_COOKIE_SECURE =", global_settings.SESSION_COOKIE_SECURE,
      "| CSRF_COOKIE_HTTPONLY =", global_settings.CSRF_COOKIE_HTTPONLY)
assert global_settings.SESSION_COOKIE_HTTPONLY is True and global_settings.SESSION_COOKIE_SAMESITE == "Lax"
assert global_settings.SESSION_COOKIE_SECURE is False, "Secure is yours to switch on in production"
assert global_settings.CSRF_COOKIE_HTTPONLY is False, "JS must read the CSRF cookie to send X-CSRFToken"

REFRESH_TOKENS = set()


def new_pair():
    refresh = secrets.token_urlsafe(32)
    REFRESH_TOKENS.add(refresh)
    response = JsonResponse({"access_token": "access-" + secrets.token_urlsafe(8), "expires_in": 300})
    response.set_cookie("refresh_token", refresh, max_age=30 * 24 * 3600, httponly=True, secure=True,
                        samesite="Strict", path="/auth/refresh/")
    return response


def login(request):
    return new_pair()


def refresh(request):
    token = request.COOKIES.get("refresh_token")
    if token not in REFRESH_TOKENS:
        return JsonResponse({"error": "invalid_grant"}, status=401)
    REFRESH_TOKENS.discard(token)  # rotation
    return new_pair()


urlpatterns = [path("auth/login/", login), path("auth/refresh/", refresh)]
r = Client().post("/auth/login/")
set_cookie = r.cookies["refresh_token"].output(header="Set-Cookie:")
print("login body :", json.loads(r.content))
print("login header", set_cookie[:40] + "...;" + set_cookie.split(";", 1)[1])


class FakeResponse:  # what CookieJar needs from a response: .info() with the headers
    def __init__(self, header_line):
        self._msg = email.message.Message()
        self._msg["Set-Cookie"] = header_line

    def info(self):
        return self._msg


jar = CookieJar()
jar.extract_cookies(FakeResponse(set_cookie.split(":", 1)[1].strip()), urllib.request.Request("https://api.example.com/auth/login/"))


def sent_cookie(url):
    req = urllib.request.Request(url)
    jar.add_cookie_header(req)
    return req.get_header("Cookie")


for url in ["https://api.example.com/auth/refresh/", "https://api.example.com/api/orders/", "http://api.example.com/auth/refresh/"]:
    print(f"browser request to {url:<40} Cookie: {'refresh_token=...' if sent_cookie(url) else '(none)'}")
assert sent_cookie("https://api.example.com/auth/refresh/").startswith("refresh_token=")
assert sent_cookie("https://api.example.com/api/orders/") is None, "Path limits where it is sent"
assert sent_cookie("http://api.example.com/auth/refresh/") is None, "Secure: never over plain http"

# Injected script: fetch("/auth/refresh/", {method: "POST"}) - it never sees the cookie, the browser adds it.
header = sent_cookie("https://api.example.com/auth/refresh/")
stolen = Client().post("/auth/refresh/", HTTP_COOKIE=header)
print("script on the page POSTs /auth/refresh/ ->", stolen.status_code, json.loads(stolen.content))
assert stolen.status_code == 200 and json.loads(stolen.content)["access_token"].startswith("access-")
replay = Client().post("/auth/refresh/", HTTP_COOKIE=header)
assert replay.status_code == 401, "the rotated-out refresh token is refused"

print("OK: refresh cookie sent only to /auth/refresh/ over HTTPS; yet a script on the page can still obtain a fresh "
      "access token by calling that endpoint, so storage limits persistence but does not contain an XSS")
