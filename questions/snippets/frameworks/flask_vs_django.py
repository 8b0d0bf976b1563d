"""Flask vs Django: batteries included vs a microframework, seen through login and sessions.

Shows:
- Django ships an ORM with migrations, a User model with hashed passwords, server-side sessions
  and an admin site: a few settings and `migrate` give a working /admin/ with login;
- Django's session lives in the database (django_session); the cookie holds only a random key;
- Flask ships routing, request/response, templates and a session that is a *signed cookie*:
  the data travels in the cookie (readable by the client, tamper-proof, not encrypted);
- anything else in Flask (ORM, admin, login) is an extension you choose and wire in yourself.

Needs: pip install django flask
"""
import base64
import json
import sys

try:
    import django
    from django.conf import settings
    from flask import Flask, session
except ImportError as exc:
    print(f"This example needs Django and Flask: pip install django flask  ({exc})")
    sys.exit(2)

settings.configure(
    DEBUG=False, SECRET_KEY="demo-not-secret", ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                    "django.contrib.sessions", "django.contrib.messages"],
    MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware",
                "django.contrib.auth.middleware.AuthenticationMiddleware",
                "django.contrib.messages.middleware.MessageMiddleware"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True,
                "OPTIONS": {"context_processors": ["django.template.context_processors.request",
                                                   "django.contrib.auth.context_processors.auth",
                                                   "django.contrib.messages.context_processors.messages"]}}],
    DEFAULT_AUTO_FIELD="django.db.models.AutoField", USE_TZ=True,
    PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"],
)
django.setup()
from django.contrib import admin  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.contrib.sessions.models import Session  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

urlpatterns = [path("admin/", admin.site.urls)]

print("Django")
call_command("migrate", verbosity=0)  # the built-in apps bring their own tables
user = User.objects.create_superuser("boss", "boss@example.com", "correct-horse-battery")
print("   password stored as:", user.password[:40] + "...")
assert user.password.startswith("pbkdf2_sha256$") and user.check_password("correct-horse-battery")

dj = Client()
r = dj.get("/admin/")
print("   GET /admin/ (anonymous)  ->", r.status_code, "to", r["Location"])
assert r.status_code == 302 and r["Location"].startswith("/admin/login/")
assert dj.login(username="boss", password="correct-horse-battery")
r = dj.get("/admin/")
print("   GET /admin/ (logged in)  ->", r.status_code, "| 'Site administration' on page:",
      b"Site administration" in r.content)
assert r.status_code == 200 and b"Site administration" in r.content

key = dj.cookies["sessionid"].value
stored = Session.objects.get(session_key=key).get_decoded()
print("   sessionid cookie:", key, "| rows in django_session:", Session.objects.count(),
      "| stored server-side:", {k: v for k, v in stored.items() if k == "_auth_user_id"})
assert Session.objects.count() == 1 and stored["_auth_user_id"] == str(user.pk)
assert "boss" not in key, "the cookie is only a random key"

print("Flask")
flask_app = Flask(__name__)
flask_app.secret_key = "demo-not-secret"


@flask_app.post("/login")
def login():
    session["user"] = "boss"  # no User model, no password hashing, no DB: that part is up to you
    return {"ok": True}


fl = flask_app.test_client()
r = fl.post("/login")
cookie = r.headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
payload = cookie.split(".")[0]
decoded = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
print("   session cookie:", cookie[:45] + "...")
print("   anyone holding the cookie can read it:", decoded)
assert decoded == {"user": "boss"}, "Flask's default session is client-side (signed, not encrypted)"
r = fl.get("/admin/")
print("   GET /admin/ ->", r.status_code, "(no admin, ORM or auth unless you add Flask-Admin, SQLAlchemy, Flask-Login...)")
assert r.status_code == 404

print("OK: Django = ORM, auth, admin and DB sessions out of the box; Flask = minimal core with a signed-cookie session")
