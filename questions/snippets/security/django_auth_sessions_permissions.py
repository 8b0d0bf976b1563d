"""Django's built-in auth: hashed passwords, session login, request.user, groups and permissions.

Shows (django.contrib.auth + sessions, in-memory SQLite):
- create_user() stores a salted hash ("pbkdf2_sha256$<iterations>$<salt>$<hash>"), never the password;
- client.login() runs authenticate() + login(): a session row holds the user id, the browser gets
  only the sessionid cookie; AuthenticationMiddleware turns it into request.user on each request;
- permissions come from the user or their groups (has_perm "app_label.codename"), superusers have all,
  inactive users cannot authenticate; permissions are cached on the user object (re-fetch it);
- logout() flushes the session row.

Needs: pip install django   (runs on Django 3.2 to 5.x)
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
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
django.setup()

from django.contrib.auth import authenticate, logout  # noqa: E402
from django.contrib.auth.models import Group, Permission, User  # noqa: E402
from django.contrib.sessions.models import Session  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

call_command("migrate", verbosity=0)


def whoami(request):
    return HttpResponse(f"{request.user} authenticated={request.user.is_authenticated}")


def do_logout(request):
    logout(request)
    return HttpResponse("bye")


urlpatterns = [path("whoami/", whoami), path("logout/", do_logout)]

alice = User.objects.create_user("alice", email="a@example.com", password="correct horse battery staple")
algorithm, iterations, salt, digest = alice.password.split("$")
print(f"stored password: {algorithm}${iterations}${salt[:6]}...${digest[:10]}...")
assert algorithm == "pbkdf2_sha256" and "correct horse" not in alice.password
assert alice.check_password("correct horse battery staple")

browser = Client()
print("before login :", browser.get("/whoami/").content.decode())
assert browser.login(username="alice", password="correct horse battery staple")
print("after login  :", browser.get("/whoami/").content.decode())
session_key = browser.cookies["sessionid"].value
stored = Session.objects.get(session_key=session_key).get_decoded()
print("browser holds only sessionid; server-side session data:", {k: v for k, v in stored.items() if k == "_auth_user_id"})
assert stored["_auth_user_id"] == str(alice.pk)

# Authorisation: permissions per model ("add/change/delete/view") plus custom ones, via groups.
editors = Group.objects.create(name="editors")
editors.permissions.add(Permission.objects.get(codename="change_group", content_type__app_label="auth"))
print("alice.has_perm('auth.change_group') before joining group:", alice.has_perm("auth.change_group"))
alice.groups.add(editors)
print("same object after joining (permission cache!)           :", alice.has_perm("auth.change_group"))
assert not alice.has_perm("auth.change_group"), "the permission cache on the instance is stale"
alice = User.objects.get(pk=alice.pk)
print("re-fetched user                                         :", alice.has_perm("auth.change_group"))
assert alice.has_perm("auth.change_group") and not alice.has_perm("auth.delete_group")

root = User.objects.create_superuser("root", "root@example.com", None)
assert root.has_perm("anything.at_all"), "active superusers pass every has_perm check"

alice.is_active = False
alice.save()
print("inactive user authenticate() ->", authenticate(username="alice", password="correct horse battery staple"))
assert authenticate(username="alice", password="correct horse battery staple") is None

browser.get("/logout/")
assert not Session.objects.filter(session_key=session_key).exists()
print("after logout :", browser.get("/whoami/").content.decode(), "(session row deleted)")

print("OK: hashed password, session-based login with request.user, group permissions, superuser/inactive rules, logout")
