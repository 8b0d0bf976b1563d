"""How Django's CSRF protection works: the csrftoken cookie, {% csrf_token %}, X-CSRFToken, exemptions.

Shows, with django.test.Client(enforce_csrf_checks=True):
- the form token from {% csrf_token %} is masked, so it differs from the csrftoken cookie, yet both
  carry the same secret and the POST passes;
- JavaScript clients send the cookie's value in the X-CSRFToken header instead (200), and a wrong
  header value gets 403;
- safe methods (GET) are never checked, @csrf_exempt opts a view out (e.g. a signed webhook);
- the cookie defaults: SameSite=Lax, readable by JS (not HttpOnly), header name X-CSRFToken;
- Django 4.0+ rejects an unsafe request from a foreign Origin even with a valid token (Django 3.2
  checked only the Referer, over HTTPS): the snippet asserts whichever your Django does;
- DRF: views are csrf_exempt for the middleware; SessionAuthentication runs the check itself, but only
  for an authenticated user, so an anonymous POST (a login view) passes without any token.

Needs: pip install django djangorestframework   (runs on Django 3.2 to 6.x, DRF 3.14+)
"""
import re
import sys

try:
    import django
    import rest_framework  # noqa: F401
    from django.conf import settings
except ImportError:
    print("This example needs Django and DRF: pip install django djangorestframework")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware", __name__ + ".demo_user_middleware"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()

from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402
from rest_framework.authentication import SessionAuthentication  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class DemoUser:  # stands in for a user that AuthenticationMiddleware loaded from the session
    is_active = is_authenticated = True


def demo_user_middleware(get_response):
    def middleware(request):
        if request.headers.get("X-Demo-Logged-In"):
            request.user = DemoUser()
        return get_response(request)
    return middleware


class ApiLogin(APIView):
    authentication_classes = [SessionAuthentication]
    permission_classes = []

    def post(self, request):
        return Response({"ran": True})

FORM = engines["django"].from_string('<form method="post">{% csrf_token %}<button>Save</button></form>')


def profile(request):
    if request.method == "POST":
        return JsonResponse({"saved": True})
    return HttpResponse(FORM.render({}, request))


@csrf_exempt
def webhook(request):  # authenticated some other way (e.g. an HMAC signature), not by cookies
    return JsonResponse({"received": True})


urlpatterns = [path("profile/", profile), path("webhook/", webhook), path("api/login/", ApiLogin.as_view())]

c = Client(enforce_csrf_checks=True)
page = c.get("/profile/")
assert page.status_code == 200, "GET is a safe method: never CSRF-checked"
form_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
cookie = c.cookies["csrftoken"]
print("csrftoken cookie :", cookie.value[:16] + "...", f"({len(cookie.value)} chars)")
print("form token       :", form_token[:16] + "...", f"({len(form_token)} chars)")
print("cookie flags     : samesite =", cookie["samesite"], "| httponly =", bool(cookie["httponly"]))
assert form_token != cookie.value, "the form token is masked per response (BREACH protection)"
assert cookie["samesite"] == "Lax" and settings.CSRF_COOKIE_SAMESITE == "Lax"
assert not cookie["httponly"], "JS must be able to read it to set X-CSRFToken"
assert settings.CSRF_HEADER_NAME == "HTTP_X_CSRFTOKEN"

r = c.post("/profile/", {"csrfmiddlewaretoken": form_token})
print("POST with form field csrfmiddlewaretoken ->", r.status_code)
assert r.status_code == 200

# What fetch()/axios code does: read the csrftoken cookie, send it back as a header.
r = c.post("/profile/", "{}", content_type="application/json", HTTP_X_CSRFTOKEN=cookie.value)
print("POST JSON with X-CSRFToken header        ->", r.status_code)
assert r.status_code == 200

r = c.post("/profile/", "{}", content_type="application/json", HTTP_X_CSRFTOKEN="A" * 64)
print("POST JSON with a wrong X-CSRFToken       ->", r.status_code)
assert r.status_code == 403

r = c.post("/profile/", "{}", content_type="application/json")
print("POST JSON with no token                  ->", r.status_code)
assert r.status_code == 403

r = c.post("/webhook/", "{}", content_type="application/json")
print("POST to a @csrf_exempt view, no token    ->", r.status_code)
assert r.status_code == 200

r = c.post("/profile/", "{}", content_type="application/json", HTTP_X_CSRFTOKEN=cookie.value, HTTP_ORIGIN="https://evil.example")
print(f"POST with a valid token from Origin https://evil.example (Django {django.get_version()}) ->", r.status_code)
if django.VERSION >= (4, 0):
    assert r.status_code == 403, "Django 4.0+: a foreign Origin is rejected whatever the token"
else:
    assert r.status_code == 200, "Django 3.2 over plain HTTP did not look at Origin"

anon = c.post("/api/login/", "{}", content_type="application/json")
logged_in = c.post("/api/login/", "{}", content_type="application/json", HTTP_X_DEMO_LOGGED_IN="1")
print("DRF SessionAuthentication, anonymous POST, no token  ->", anon.status_code, "(login CSRF: not checked)")
print("DRF SessionAuthentication, logged-in POST, no token ->", logged_in.status_code, logged_in.json())
assert anon.status_code == 200, "DRF checks CSRF only for authenticated requests"
assert logged_in.status_code == 403 and "CSRF" in logged_in.json()["detail"]

print("OK: form token and X-CSRFToken header both pass (200); missing/wrong token -> 403; @csrf_exempt skips the check; "
      "DRF's SessionAuthentication checks CSRF only for logged-in users")
