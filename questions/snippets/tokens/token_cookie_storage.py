"""Where a browser app keeps tokens: access token in memory, refresh token in an HttpOnly cookie.

Shows (Django issues the tokens, the standard library's http.cookiejar plays the browser's cookie rules):
- the login response returns the short-lived access token in the JSON body (the SPA keeps it in a
  JS variable, not localStorage, so an XSS cannot simply read a long-lived token from storage) and
  sets the refresh token as a cookie with HttpOnly (JS cannot read it), Secure (HTTPS only),
  SameSite=Strict (not sent on cross-site requests) and Path=/auth/refresh/ (sent to that endpoint only);
- the cookie jar sends the refresh cookie to https://.../auth/refresh/ but not to other API paths
  and not over plain http.

Needs: pip install django   (runs on Django 3.2 to 5.x)
"""
import email.message
import json
import secrets
import sys
import urllib.request
from http.cookiejar import CookieJar
from http.cookies import SimpleCookie

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


def login(request):
    response = JsonResponse({"access_token": "eyJ...short-lived-access-jwt", "expires_in": 300})
    response.set_cookie(
        "refresh_token", secrets.token_urlsafe(32),
        max_age=30 * 24 * 3600, httponly=True, secure=True, samesite="Strict", path="/auth/refresh/",
    )
    return response


urlpatterns = [path("auth/login/", login)]
r = Client().post("/auth/login/")
set_cookie = r.cookies["refresh_token"].output(header="Set-Cookie:")
print("login body :", json.loads(r.content))
print("login header", set_cookie[:40] + "...;" + set_cookie.split(";", 1)[1])

morsel = SimpleCookie(set_cookie.split(":", 1)[1].strip())["refresh_token"]
assert morsel["httponly"] and morsel["secure"] and morsel["samesite"] == "Strict"
assert morsel["path"] == "/auth/refresh/" and int(morsel["max-age"]) == 30 * 24 * 3600
assert "refresh" not in json.loads(r.content), "the refresh token never reaches JavaScript"


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

print("OK: access token returned in the body for memory; refresh token set HttpOnly+Secure+SameSite=Strict and sent only to /auth/refresh/ over HTTPS")
