"""Authentication (who are you?) vs authorisation (what may you do?) in Django.

Shows: authenticate() checks credentials and returns a User or None (authentication). One view is
protected by @login_required + @permission_required: an anonymous visitor is sent to the login page
(not authenticated), a logged-in user without the permission gets 403 (authenticated, not
authorised), and a user whose group grants the permission gets 200.

Needs: pip install django   (runs on Django 3.2 to 5.x; in-memory SQLite)
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
    LOGIN_URL="/login/",
)
django.setup()

from django.contrib.auth import authenticate  # noqa: E402
from django.contrib.auth.decorators import login_required, permission_required  # noqa: E402
from django.contrib.auth.models import Group, Permission, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

call_command("migrate", verbosity=0)


@login_required  # authentication: there must be a logged-in user
@permission_required("auth.view_user", raise_exception=True)  # authorisation: 403 if not allowed
def user_list(request):
    return HttpResponse(", ".join(User.objects.values_list("username", flat=True)))


urlpatterns = [path("users/", user_list)]

alice = User.objects.create_user("alice", password="correct horse battery staple")
bob = User.objects.create_user("bob")  # no password needed: the demo logs bob in with force_login
support = Group.objects.create(name="support")
support.permissions.add(Permission.objects.get(codename="view_user", content_type__app_label="auth"))
bob.groups.add(support)

# Authentication: prove identity.
print("authenticate(alice, wrong password) ->", authenticate(username="alice", password="nope"))
print("authenticate(alice, right password) ->", authenticate(username="alice", password="correct horse battery staple"))
assert authenticate(username="alice", password="nope") is None
assert authenticate(username="alice", password="correct horse battery staple") == alice

anonymous = Client()
r = anonymous.get("/users/")
print(f"anonymous  GET /users/ -> {r.status_code} redirect to {r['Location']}  (not authenticated)")
assert r.status_code == 302 and r["Location"].startswith("/login/?next=")

as_alice = Client()
as_alice.force_login(alice)  # same session login as client.login(), without re-hashing the password
r = as_alice.get("/users/")
print(f"alice      GET /users/ -> {r.status_code}  (authenticated, but not authorised)")
assert r.status_code == 403

as_bob = Client()
as_bob.force_login(bob)
r = as_bob.get("/users/")
print(f"bob        GET /users/ -> {r.status_code} {r.content.decode()!r}  (group 'support' grants auth.view_user)")
assert r.status_code == 200
assert not User.objects.get(username="alice").has_perm("auth.view_user")
assert User.objects.get(username="bob").has_perm("auth.view_user")

print("OK: authentication decides who you are (None / login redirect); authorisation decides what you may do (403 vs 200)")
