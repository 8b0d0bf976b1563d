"""A custom user model: AUTH_USER_MODEL, AbstractUser, get_user_model().

Shows, with a stand-in `accounts` app:
- `AUTH_USER_MODEL = "accounts.User"` with a model subclassing `AbstractUser`, using the email as
  the login field (`USERNAME_FIELD`) and adding a field;
- `get_user_model()` returns that class, and a ForeignKey to `settings.AUTH_USER_MODEL` points to it;
- `django.contrib.auth` works unchanged on it: the manager hashes passwords, `authenticate()`
  logs in by email, and `auth.User` is swapped out (no `auth_user` table is created);
- migrations: the `accounts` migration is a dependency of everything that references the user,
  which is why the swap has to happen before the first `migrate`.

Needs: pip install django   (Debian: apt install python3-django)
"""
import os
import sys
import tempfile
import textwrap

try:
    import django
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

ACCOUNTS_MODELS = '''
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models


class EmailUserManager(UserManager):
    def create_user(self, email, password=None, **extra):
        extra.setdefault("username", email)      # AbstractUser still has a username column
        return super().create_user(extra.pop("username"), email, password, **extra)


class User(AbstractUser):
    email = models.EmailField(unique=True)      # unique: it is the login now
    team = models.CharField(max_length=50, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["username"]
    objects = EmailUserManager()
'''
NOTES_MODELS = '''
from django.conf import settings
from django.db import models


class Note(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
'''

tmp = tempfile.TemporaryDirectory()
for rel, text in {"accounts/__init__.py": "", "accounts/models.py": ACCOUNTS_MODELS,
                  "accounts/migrations/__init__.py": "", "notes/__init__.py": "",
                  "notes/models.py": NOTES_MODELS, "notes/migrations/__init__.py": ""}.items():
    os.makedirs(os.path.dirname(os.path.join(tmp.name, rel)), exist_ok=True)
    with open(os.path.join(tmp.name, rel), "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())
sys.path.insert(0, tmp.name)

from django.conf import settings  # noqa: E402

settings.configure(
    SECRET_KEY="demo-only",
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "accounts", "notes"],
    AUTH_USER_MODEL="accounts.User",
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(tmp.name, "db.sqlite3")}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"],
    USE_TZ=True,
)
django.setup()

import io  # noqa: E402

from django.contrib.auth import authenticate, get_user_model  # noqa: E402
from django.contrib.auth.models import User as AuthUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402

User = get_user_model()
from notes.models import Note  # noqa: E402

print(f"get_user_model() -> {User.__module__}.{User.__name__}; login field: {User.USERNAME_FIELD}")
assert User._meta.label == "accounts.User" and User.USERNAME_FIELD == "email"
assert Note._meta.get_field("author").related_model is User
print(f"auth.User swapped: {AuthUser._meta.swapped}")
assert AuthUser._meta.swapped == "accounts.User"

call_command("makemigrations", "accounts", "notes", verbosity=0)
with open(os.path.join(tmp.name, "notes", "migrations", "0001_initial.py")) as fh:
    notes_migration = fh.read()
assert "migrations.swappable_dependency(settings.AUTH_USER_MODEL)" in notes_migration
print("notes.0001 depends on swappable_dependency(settings.AUTH_USER_MODEL)")
plan = io.StringIO()
call_command("migrate", "--plan", stdout=plan)
plan = plan.getvalue()
assert plan.index("accounts.0001_initial") < plan.index("notes.0001_initial")
call_command("migrate", verbosity=0)
tables = connection.introspection.table_names()
print(f"tables: {[t for t in tables if not t.startswith('django_')]}")
assert "accounts_user" in tables and "auth_user" not in tables

ada = User.objects.create_user("ada@example.com", password="s3cret!", team="core")
print(f"created {ada.email} (team={ada.team}); stored password starts {ada.password[:20]}...")
assert ada.password.startswith("pbkdf2_sha256$") and ada.check_password("s3cret!")
assert authenticate(email="ada@example.com", password="s3cret!") == ada  # ModelBackend uses USERNAME_FIELD
assert authenticate(email="ada@example.com", password="wrong") is None
Note.objects.create(author=ada)
assert Note.objects.filter(author__team="core").count() == 1

connections.close_all()
tmp.cleanup()
print("OK: AUTH_USER_MODEL swaps in accounts.User; get_user_model(), FKs and auth follow it; "
      "every app's migrations depend on it")
