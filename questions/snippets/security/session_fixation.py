"""Session fixation and session cookie flags in Django.

Shows (Django's own auth and session framework, in-memory SQLite, django.test.Client as the browser):
- an attacker plants a session id in the victim's browser (here: the victim's client starts with
  a session the attacker also knows); after the victim logs in, django.contrib.auth.login() has
  cycled the session key, so the planted id is not logged in and the new one is;
- the session cookie's flags: HttpOnly and SameSite=Lax by default, Secure once
  SESSION_COOKIE_SECURE is on (it is off by default: turn it on in production);
- logout() flushes the session: the old id is dead in the store;
- changing the password invalidates sessions created before it (the session stores a hash derived
  from the password), unless update_session_auth_hash() refreshes the current one.

Needs: pip install django   (runs on Django 3.2 to 6.x)
"""
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
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware",
                "django.contrib.auth.middleware.AuthenticationMiddleware"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # fast for the demo only
    SESSION_COOKIE_SECURE=True,
)
django.setup()

from django.contrib.auth import authenticate, login, logout  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

call_command("migrate", verbosity=0)
User.objects.create_user("alice", password="correct horse battery staple")


def visit(request):
    request.session["cart"] = ["book"]  # an anonymous session, e.g. a shopping cart
    return HttpResponse("hello")


def do_login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    login(request, user)
    return HttpResponse("logged in")


def me(request):
    return JsonResponse({"user": request.user.username or None})


def do_logout(request):
    logout(request)
    return HttpResponse("bye")


urlpatterns = [path("visit/", visit), path("login/", do_login), path("me/", me), path("logout/", do_logout)]

victim = Client()
victim.get("/visit/")
planted = victim.cookies["sessionid"].value      # the attacker fixed (or learned) this id before login
victim.post("/login/", {"u": "alice", "p": "correct horse battery staple"})
after = victim.cookies["sessionid"]
print("session id before login:", planted[:12] + "...", "| after login:", after.value[:12] + "...")
assert after.value != planted, "login() gave the session a new key"

attacker = Client()
attacker.cookies["sessionid"] = planted
print("attacker with the planted id ->", attacker.get("/me/").json(), "| victim ->", victim.get("/me/").json())
assert attacker.get("/me/").json() == {"user": None} and victim.get("/me/").json() == {"user": "alice"}
assert not SessionStore().exists(planted), "the old session row is gone"

from django.conf import global_settings  # noqa: E402
assert global_settings.SESSION_COOKIE_HTTPONLY is True and global_settings.SESSION_COOKIE_SAMESITE == "Lax"
assert global_settings.SESSION_COOKIE_SECURE is False, "Secure is off by default: this demo sets it, as production must"
print("cookie flags: httponly =", bool(after["httponly"]), "| samesite =", after["samesite"], "| secure =", bool(after["secure"]))
assert after["httponly"] and after["samesite"] == "Lax" and after["secure"]

thief = Client()
thief.cookies["sessionid"] = victim.cookies["sessionid"].value   # say the cookie was stolen
assert thief.get("/me/").json() == {"user": "alice"}
alice = User.objects.get(username="alice")
alice.set_password("a new long passphrase")
alice.save()
print("after a password change, the stolen session ->", thief.get("/me/").json())
assert thief.get("/me/").json() == {"user": None}, "sessions made before the change are invalid"

victim.post("/login/", {"u": "alice", "p": "a new long passphrase"})
old = victim.cookies["sessionid"].value
victim.get("/logout/")
assert not SessionStore().exists(old) and victim.get("/me/").json() == {"user": None}
print("logout() flushed the session: its id no longer exists in the store")

print("OK: login() cycled the session key (the planted id stayed anonymous); cookie HttpOnly+SameSite=Lax(+Secure); "
      "password change and logout ended old sessions")
