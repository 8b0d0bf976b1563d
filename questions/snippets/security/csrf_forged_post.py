"""CSRF: a forged cross-site POST carries the victim's cookies but not the CSRF token.

Shows: a "bank" Django view keeps the logged-in user in a session cookie. A forged POST (what a
malicious page's hidden auto-submitting form sends) arrives WITH that session cookie, because the
browser attaches cookies automatically, yet Django's CsrfViewMiddleware rejects it with 403 since
it lacks the CSRF token. The genuine form, rendered with {% csrf_token %}, succeeds.
django.test.Client(enforce_csrf_checks=True) plays the browser (the default Client skips CSRF).

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
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
    # Signed-cookie sessions: no database needed for this demo.
    SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()

from django.http import HttpResponse, HttpResponseForbidden  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

BALANCES = {"alice": 1000, "mallory": 0}

FORM = engines["django"].from_string(
    '<form method="post" action="/transfer/">{% csrf_token %}'
    '<input name="to"><input name="amount"><button>Send</button></form>'
)


def login(request):
    request.session["user"] = "alice"  # pretend the password was checked
    return HttpResponse("logged in as alice")


def transfer(request):
    user = request.session.get("user")
    if user is None:
        return HttpResponseForbidden("not logged in")
    if request.method == "GET":
        return HttpResponse(FORM.render({}, request))
    amount = int(request.POST["amount"])
    BALANCES[user] -= amount
    BALANCES[request.POST["to"]] += amount
    return HttpResponse(f"sent {amount} to {request.POST['to']}")


urlpatterns = [path("login/", login), path("transfer/", transfer)]

browser = Client(enforce_csrf_checks=True)
browser.get("/login/")
print("cookies in the browser after login:", sorted(browser.cookies.keys()))
assert "sessionid" in browser.cookies

# 1. Alice opens the real transfer page: the GET renders the form with a hidden
#    csrfmiddlewaretoken and sets the csrftoken cookie.
page = browser.get("/transfer/").content.decode()
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
print("cookies now:", sorted(browser.cookies.keys()), "| hidden form token:", token[:12] + "...")
assert "csrftoken" in browser.cookies

# 2. Alice then visits the attacker's page, which auto-submits a hidden form to /transfer/.
#    The browser attaches ALL her cookies for the bank (the test client does the same), but the
#    attacker's page cannot read the bank's page or cookie, so the form has no valid token.
forged = browser.post("/transfer/", {"to": "mallory", "amount": "900"})
print(f"forged POST (cookies attached, no token) -> {forged.status_code}")
assert forged.status_code == 403
assert b"CSRF verification failed" in forged.content
forged_guess = browser.post("/transfer/", {"to": "mallory", "amount": "900", "csrfmiddlewaretoken": "x" * 64})
print(f"forged POST with a guessed token         -> {forged_guess.status_code}")
assert forged_guess.status_code == 403
assert BALANCES == {"alice": 1000, "mallory": 0}, "the forged transfer must not happen"

# 3. The genuine form sends the token; the middleware checks it against the csrftoken cookie.
genuine = browser.post("/transfer/", {"to": "mallory", "amount": "10", "csrfmiddlewaretoken": token})
print(f"genuine form POST (cookie + token)       -> {genuine.status_code}: {genuine.content.decode()}")
assert genuine.status_code == 200
assert BALANCES == {"alice": 990, "mallory": 10}

# 4. Django's default test client skips CSRF checks, which is why tests rarely notice it.
lax = Client()
lax.get("/login/")
assert lax.post("/transfer/", {"to": "mallory", "amount": "1"}).status_code == 200
print("default Client() skips CSRF checks -> 200 (only enforce_csrf_checks=True shows the 403)")

print("OK: forged POST with the victim's session cookie -> 403; genuine form with the CSRF token -> 200")
