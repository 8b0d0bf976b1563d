"""How Django's CSRF protection works: the csrftoken cookie, {% csrf_token %}, X-CSRFToken, exemptions.

Shows, with django.test.Client(enforce_csrf_checks=True):
- the form token from {% csrf_token %} is masked, so it differs from the csrftoken cookie, yet both
  carry the same secret and the POST passes;
- JavaScript clients send the cookie's value in the X-CSRFToken header instead (200), and a wrong
  header value gets 403;
- safe methods (GET) are never checked, @csrf_exempt opts a view out (e.g. a signed webhook);
- the cookie defaults: SameSite=Lax, readable by JS (not HttpOnly), header name X-CSRFToken.

Needs: pip install django   (runs on Django 3.2 to 5.x)
"""
import re
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
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()

from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

FORM = engines["django"].from_string('<form method="post">{% csrf_token %}<button>Save</button></form>')


def profile(request):
    if request.method == "POST":
        return JsonResponse({"saved": True})
    return HttpResponse(FORM.render({}, request))


@csrf_exempt
def webhook(request):  # authenticated some other way (e.g. an HMAC signature), not by cookies
    return JsonResponse({"received": True})


urlpatterns = [path("profile/", profile), path("webhook/", webhook)]

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

print("OK: form token and X-CSRFToken header both pass (200); missing/wrong token -> 403; @csrf_exempt skips the check")
