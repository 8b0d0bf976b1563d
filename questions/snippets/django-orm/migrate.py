"""migrate: applies the migrations that are not yet applied, for every app, in
dependency order, runs their SQL, and records each one in the
django_migrations table. sqlmigrate / migrate --plan preview what will run.
The project has two apps: `orders` (listed, and sorted, first) has a foreign key
to `shop`, so its migration depends on shop's and must run after it.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 migrate.py   (builds a throwaway project in a temp dir)
"""
import io
import os
import sqlite3
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
INSTALLED_APPS = ["django.contrib.contenttypes", "orders", "shop"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "db.sqlite3")}}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
"""
MODELS = """
from django.db import models

class Category(models.Model):
    name = models.CharField(max_length=50)

class Product(models.Model):
    name = models.CharField(max_length=100)
    category = models.ForeignKey(Category, on_delete=models.PROTECT)
"""

ORDER_MODELS = """
from django.db import models

class Order(models.Model):
    product = models.ForeignKey("shop.Product", on_delete=models.CASCADE)
"""

tmp = tempfile.TemporaryDirectory()
root = tmp.name
for rel, text in {"proj_settings.py": SETTINGS, "shop/__init__.py": "",
                  "shop/migrations/__init__.py": "", "shop/models.py": MODELS,
                  "orders/__init__.py": "", "orders/migrations/__init__.py": "",
                  "orders/models.py": ORDER_MODELS}.items():
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())

sys.path.insert(0, root)
os.environ["DJANGO_SETTINGS_MODULE"] = "proj_settings"
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402


def manage(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, no_color=True)
    return out.getvalue().rstrip()


def db_tables():
    with sqlite3.connect(os.path.join(root, "db.sqlite3")) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))


manage("makemigrations", "shop", "orders")  # (see makemigrations.py) -> <app>/migrations/0001_initial.py
with open(os.path.join(root, "orders", "migrations", "0001_initial.py")) as fh:
    order_migration = fh.read()
print("orders/migrations/0001_initial.py depends on shop:", "('shop', '0001_initial')" in order_migration)
assert "('shop', '0001_initial')" in order_migration  # generated from the cross-app foreign key

print("== before: nothing applied ==")
before = manage("showmigrations")
print(before)
assert "[ ] 0001_initial" in before

print("\n== preview: migrate --plan and sqlmigrate ==")
plan = manage("migrate", "--plan")
print(plan)
assert plan.index("contenttypes.0001_initial") < plan.index("contenttypes.0002")
# "orders" sorts and is installed before "shop", yet its migration is planned after shop's
assert plan.index("shop.0001_initial") < plan.index("orders.0001_initial")
sql = manage("sqlmigrate", "shop", "0001")
print(sql)
assert 'CREATE TABLE "shop_product"' in sql

print("\n== migrate ==")
out = manage("migrate")
print(out)
assert "Applying shop.0001_initial... OK" in out
assert out.index("Applying shop.0001_initial") < out.index("Applying orders.0001_initial")

print("\n== after ==")
after = manage("showmigrations", "shop")
print(after)
assert "[X] 0001_initial" in after
print(f"tables: {db_tables()}")
assert {"shop_category", "shop_product", "django_migrations"} <= set(db_tables())
with sqlite3.connect(os.path.join(root, "db.sqlite3")) as conn:
    rows = conn.execute("SELECT app, name FROM django_migrations ORDER BY id").fetchall()
print(f"django_migrations rows: {rows}")
assert ("shop", "0001_initial") in rows

print("\n== running it again is a no-op ==")
again = manage("migrate")
print(again)
assert "No migrations to apply." in again

connections.close_all()
tmp.cleanup()
print("OK: migrate applies pending migrations in dependency order and records them in django_migrations")
