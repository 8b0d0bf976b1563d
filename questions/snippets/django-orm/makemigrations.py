"""makemigrations: compares your models with the state described by the
migration files and writes NEW migration files for the difference. It does
not touch the database schema. `--check` makes it a CI guard; before Django 4.2
`--check` also WRITES the missing migration (so use `--check --dry-run` there),
from 4.2 it writes nothing -- checked below for the running version.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 makemigrations.py   (builds a throwaway project in a temp dir)
"""
import glob
import os
import sqlite3
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
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "db.sqlite3")}}
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
"""
MODELS_V1 = """
from django.db import models

class Product(models.Model):
    name = models.CharField(max_length=100)
"""
MODELS_V2 = MODELS_V1 + """    price_cents = models.PositiveIntegerField(default=0)
"""


def write(root, rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())


def manage(root, *args):
    """Each call is a fresh process: Django cannot re-import edited models."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="proj_settings")
    p = subprocess.run([sys.executable, "-m", "django", *args], cwd=root, env=env,
                       capture_output=True, text=True, timeout=60)
    return p.returncode, (p.stdout + p.stderr).strip()


def operations(path):
    with open(path) as fh:
        text = fh.read()
    start = text.rindex("\n", 0, text.index("dependencies")) + 1
    return textwrap.dedent(text[start:]).strip()


def tables(root):
    db = os.path.join(root, "db.sqlite3")
    if not os.path.exists(db):
        return []
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]


with tempfile.TemporaryDirectory() as root:
    write(root, "proj_settings.py", SETTINGS)
    write(root, "shop/__init__.py", "")
    write(root, "shop/migrations/__init__.py", "")
    write(root, "shop/models.py", MODELS_V1)

    print("== 1) first makemigrations ==")
    code, out = manage(root, "makemigrations", "shop")
    print(out)
    first = glob.glob(os.path.join(root, "shop", "migrations", "0001_*.py"))
    assert code == 0 and len(first) == 1
    print(f"\n--- {os.path.basename(first[0])} ---\n{operations(first[0])}")
    print(f"\ntables in the database now: {tables(root)}  (makemigrations does not create tables)")
    assert "shop_product" not in tables(root)

    print("\n== 2) edit models.py (add price_cents) and check for missing migrations ==")
    write(root, "shop/models.py", MODELS_V2)
    code, out = manage(root, "makemigrations", "--check", "--dry-run")
    print(f"makemigrations --check --dry-run -> exit {code}\n{out}")
    assert code == 1 and "price_cents" in out  # CI fails: a model change has no migration

    print("\n== 2b) --check WITHOUT --dry-run: does it write a file? ==")
    code, out = manage(root, "makemigrations", "--check")
    written = glob.glob(os.path.join(root, "shop", "migrations", "0002_*.py"))
    print(f"Django {django.get_version()}: makemigrations --check -> exit {code}, wrote {len(written)} file(s)")
    assert code == 1
    if django.VERSION < (4, 2):
        assert len(written) == 1  # old behaviour: the CI job silently created the migration
        os.remove(written[0])
    else:
        assert written == []      # 4.2+: --check implies a dry run

    print("\n== 3) makemigrations again ==")
    code, out = manage(root, "makemigrations", "shop")
    print(out)
    second = glob.glob(os.path.join(root, "shop", "migrations", "0002_*.py"))
    assert code == 0 and len(second) == 1
    ops = operations(second[0])
    print(f"\n--- {os.path.basename(second[0])} ---\n{ops}")
    assert "('shop', '0001_initial')" in ops and "migrations.AddField" in ops

    print("\n== 4) models and migrations agree ==")
    code, out = manage(root, "makemigrations", "--check", "--dry-run")
    print(f"makemigrations --check --dry-run -> exit {code}: {out}")
    assert code == 0 and "No changes detected" in out

print("OK: makemigrations writes migration files from model changes; --check guards CI; the DB is untouched")
