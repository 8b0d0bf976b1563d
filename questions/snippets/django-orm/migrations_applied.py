"""How Django knows which migrations are applied: it reads the
django_migrations table (one row per applied app+migration name) and compares
it with the migration files on disk. It never inspects the real schema, so
the table can be out of sync; `migrate --fake` / `--fake-initial` fix the record
without running SQL.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 migrations_applied.py   (builds a throwaway project in a temp dir)
"""
import io
import os
import sys
import tempfile
import textwrap

try:
    import django
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

SETTINGS = """
import os
BASE = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "demo"
INSTALLED_APPS = ["shop"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "db.sqlite3")}}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
"""
MODELS = """
from django.db import models

class Product(models.Model):
    name = models.CharField(max_length=100)
"""

tmp = tempfile.TemporaryDirectory()
root = tmp.name
for rel, text in {"proj_settings.py": SETTINGS, "shop/__init__.py": "",
                  "shop/migrations/__init__.py": "", "shop/models.py": MODELS}.items():
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())

sys.path.insert(0, root)
os.environ["DJANGO_SETTINGS_MODULE"] = "proj_settings"
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import DatabaseError, connection, connections  # noqa: E402
from django.db.migrations.recorder import MigrationRecorder  # noqa: E402


def manage(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, no_color=True)
    return out.getvalue().rstrip()


def recorded():
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name, applied FROM django_migrations ORDER BY id")
        return [(app, name, str(applied)[:19]) for app, name, applied in cursor.fetchall()]


def status():
    return manage("showmigrations", "shop").splitlines()[-1].strip()


manage("makemigrations", "shop")
manage("migrate")

print("== the record: django_migrations ==")
for row in recorded():
    print(f"  {row}")
assert [(a, n) for a, n, _ in recorded()] == [("shop", "0001_initial")]
print(f"showmigrations: {status()}")
print(f"MigrationRecorder API: {sorted(MigrationRecorder(connection).applied_migrations())}")

print("\n== delete the row: Django now believes 0001 is NOT applied (the table still exists) ==")
MigrationRecorder.Migration.objects.filter(app="shop", name="0001_initial").delete()
print(f"showmigrations: {status()}")
assert status() == "[ ] 0001_initial"
assert "shop_product" in connection.introspection.table_names()

print("\n== so a plain migrate tries to run CREATE TABLE again and fails ==")
try:
    manage("migrate", "shop")
except DatabaseError as e:
    print(f"migrate -> {type(e).__name__}: {e}")
    assert "already exists" in str(e)
else:
    raise AssertionError("expected the migration to fail")

print("\n== migrate --fake: record it as applied without running any SQL ==")
print(manage("migrate", "shop", "0001", "--fake"))
print(f"showmigrations: {status()}")
assert status() == "[X] 0001_initial"

print("\n== --fake-initial: fake an initial migration only if its tables already exist ==")
MigrationRecorder.Migration.objects.filter(app="shop").delete()
out = manage("migrate", "shop", "--fake-initial")
print(out)
assert "0001_initial... FAKED" in out and status() == "[X] 0001_initial"

connections.close_all()
tmp.cleanup()
print("OK: applied = a row in django_migrations; Django compares files to that table, not to the schema")
