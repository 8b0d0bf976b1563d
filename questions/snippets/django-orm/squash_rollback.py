"""Rolling back and squashing migrations:
- `migrate <app> <name>` moves the schema back to that migration by running
  the later migrations' reverse operations; `migrate <app> zero` undoes all;
- `squashmigrations` folds a chain into one migration (the optimizer merges
  CreateModel + AddField...) that `replaces` the old ones: a database that
  already applied the originals (here a second database, "prod") treats the
  squashed migration as applied and runs nothing.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 squash_rollback.py   (builds a throwaway project in a temp dir)
"""
import glob
import io
import os
import subprocess
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
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "db.sqlite3")},
             "prod": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "prod.sqlite3")}}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
"""
BASE_MODEL = """
from django.db import models

class Product(models.Model):
    name = models.CharField(max_length=100)
"""
VERSIONS = [
    BASE_MODEL,
    BASE_MODEL + "    price_cents = models.IntegerField(default=0)\n",
    BASE_MODEL + "    price_cents = models.IntegerField(default=0)\n    sku = models.CharField(max_length=20, default='')\n",
]

tmp = tempfile.TemporaryDirectory()
root = tmp.name


def write(rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())


write("proj_settings.py", SETTINGS)
write("shop/__init__.py", "")
write("shop/migrations/__init__.py", "")
env = dict(os.environ, DJANGO_SETTINGS_MODULE="proj_settings")
for models_py in VERSIONS:  # three model edits -> 0001, 0002, 0003 (a fresh process each)
    write("shop/models.py", models_py)
    subprocess.run([sys.executable, "-m", "django", "makemigrations", "shop"], cwd=root, env=env,
                   check=True, capture_output=True, timeout=60)
names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(root, "shop", "migrations", "0*.py")))
print(f"migration files: {names}")
assert len(names) == 3

# From here on the models no longer change, so one process is enough.
sys.path.insert(0, root)
os.environ["DJANGO_SETTINGS_MODULE"] = "proj_settings"
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402


def manage(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, no_color=True)
    return out.getvalue().rstrip()


def columns():
    if "shop_product" not in connection.introspection.table_names():
        return None
    with connection.cursor() as cursor:
        return [c.name for c in connection.introspection.get_table_description(cursor, "shop_product")]


def showmigrations():
    return [line.strip() for line in manage("showmigrations", "shop").splitlines()[1:]]


manage("migrate")
manage("migrate", "--database", "prod")  # an environment that applied 0001..0003 before the squash
print(f"\nafter migrate:           columns={columns()}")
assert columns() == ["id", "name", "price_cents", "sku"]

print("\n== roll back to 0001 ==")
out = manage("migrate", "shop", "0001")
print(out)
print(f"columns={columns()}  showmigrations={showmigrations()}")
assert "Unapplying shop.0003" in out and "Unapplying shop.0002" in out
assert columns() == ["id", "name"]

print("\n== roll back everything ==")
print(manage("migrate", "shop", "zero"))
print(f"table exists: {columns() is not None}")
assert columns() is None

print("\n== squash 0001..0003 into one migration ==")
print(manage("squashmigrations", "shop", "0003", "--noinput"))
squashed = glob.glob(os.path.join(root, "shop", "migrations", "0001_squashed_*.py"))
assert len(squashed) == 1
with open(squashed[0]) as fh:
    text = fh.read()
replaces = text[text.index("replaces"):text.index("]", text.index("replaces")) + 1]
print(f"{os.path.basename(squashed[0])}: {' '.join(replaces.split())}")
print(f"operations in it: CreateModel x{text.count('migrations.CreateModel')}, "
      f"AddField x{text.count('migrations.AddField')} (optimizer merged the AddFields)")
assert "('shop', '0002" in replaces and text.count("migrations.AddField") == 0

print("\n== an empty schema (like a new install) now runs the single squashed migration ==")
out = manage("migrate")
print(out)
assert "Applying shop.0001_squashed" in out and columns() == ["id", "name", "price_cents", "sku"]
print(f"showmigrations: {showmigrations()}")

print("\n== a database that already applied 0001..0003 treats the squash as applied ==")
prod_show = [line.strip() for line in manage("showmigrations", "shop", "--database", "prod").splitlines()[1:]]
print(f"prod showmigrations: {prod_show}")
# "[X]" on older Django; newer versions show "[-]": the originals are applied, and the next
# migrate records the squashed migration itself
assert len(prod_show) == 1 and prod_show[0][:3] in ("[X]", "[-]") and "0001_squashed" in prod_show[0]
out = manage("migrate", "--database", "prod")
print(out)
assert "No migrations to apply." in out  # nothing re-runs on prod
prod_show = [line.strip() for line in manage("showmigrations", "shop", "--database", "prod").splitlines()[1:]]
print(f"prod showmigrations after migrate: {prod_show}")
assert prod_show[0].startswith("[X] 0001_squashed")
with connections["prod"].cursor() as cursor:
    cursor.execute("SELECT name FROM django_migrations WHERE app = 'shop' ORDER BY id")
    prod_rows = [r[0] for r in cursor.fetchall()]
print(f"prod django_migrations rows: {prod_rows}")
assert prod_rows[:3] == [n[:-3] for n in names]  # the originals, applied before the squash
assert any(r.startswith("0001_squashed") for r in prod_rows)  # migrate recorded the replacement

connections.close_all()
tmp.cleanup()
print("OK: migrate <app> <name>/zero rolls back via reverse operations; squashmigrations folds a chain into one")
