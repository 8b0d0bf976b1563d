"""Data migrations: a RunPython operation changes rows, not schema, e.g.
backfilling a new column. It must use the *historical* model from
apps.get_model() (your current model class and its methods may not match that
point in history), and should have a reverse function so it can be rolled back.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 data_migrations.py   (builds a throwaway project in a temp dir)
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

FILES = {
    "proj_settings.py": """
        import os
        BASE = os.path.dirname(os.path.abspath(__file__))
        SECRET_KEY = "demo"
        INSTALLED_APPS = ["shop"]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(BASE, "db.sqlite3")}}
        USE_TZ = True
        DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
    """,
    "shop/__init__.py": "",
    "shop/models.py": """
        from django.db import models
        from django.utils.text import slugify

        class Product(models.Model):
            name = models.CharField(max_length=100)
            slug = models.SlugField(max_length=100, blank=True, default="")

            def make_slug(self):  # a method: NOT available on historical models
                return slugify(self.name)
    """,
    "shop/migrations/__init__.py": "",
    "shop/migrations/0001_initial.py": """
        from django.db import migrations, models

        class Migration(migrations.Migration):
            initial = True
            dependencies = []
            operations = [
                migrations.CreateModel(
                    name="Product",
                    fields=[
                        ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=100)),
                    ],
                ),
            ]
    """,
    "shop/migrations/0002_product_slug.py": """
        from django.db import migrations, models

        class Migration(migrations.Migration):
            dependencies = [("shop", "0001_initial")]
            operations = [
                migrations.AddField("product", "slug", models.SlugField(max_length=100, blank=True, default="")),
            ]
    """,
    # created with: python manage.py makemigrations shop --empty --name backfill_slugs
    "shop/migrations/0003_backfill_slugs.py": """
        from django.db import migrations
        from django.utils.text import slugify


        def forwards(apps, schema_editor):
            Product = apps.get_model("shop", "Product")  # historical model: fields only
            import shop
            shop.SEEN_BY_MIGRATION = {"has make_slug()": hasattr(Product, "make_slug"),
                                      "is the models.py class": Product is shop.models.Product}
            todo = list(Product.objects.filter(slug=""))
            for p in todo:
                p.slug = slugify(p.name)
            Product.objects.bulk_update(todo, ["slug"], batch_size=500)


        def backwards(apps, schema_editor):
            apps.get_model("shop", "Product").objects.update(slug="")


        class Migration(migrations.Migration):
            dependencies = [("shop", "0002_product_slug")]
            operations = [migrations.RunPython(forwards, backwards)]
    """,
}

tmp = tempfile.TemporaryDirectory()
root = tmp.name
for rel, text in FILES.items():
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(textwrap.dedent(text).lstrip())

sys.path.insert(0, root)
os.environ["DJANGO_SETTINGS_MODULE"] = "proj_settings"
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402


def manage(*args, show=True):
    """Run a management command; its output goes straight to the console."""
    call_command(*args, stdout=sys.stdout if show else io.StringIO(), no_color=True)


def rows(columns="name, slug"):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM shop_product ORDER BY id")
        return cursor.fetchall()


print("== existing data before the new column ==")
manage("migrate", "shop", "0001", show=False)
with connection.cursor() as cursor:
    cursor.executemany("INSERT INTO shop_product (name) VALUES (%s)",
                       [("Mechanical Keyboard",), ("USB-C Hub",), ("27\" Monitor",)])
print(rows("name"))

print("\n== migrate: 0002 adds the column (schema), 0003 fills it (data) ==")
manage("migrate", "shop")
print(rows())
seen = sys.modules["shop"].SEEN_BY_MIGRATION
print(f"inside RunPython, the historical Product: {seen}")
assert seen == {"has make_slug()": False, "is the models.py class": False}
assert rows() == [("Mechanical Keyboard", "mechanical-keyboard"), ("USB-C Hub", "usb-c-hub"),
                  ('27" Monitor', "27-monitor")]

print("\n== roll back the data migration: its reverse function runs ==")
manage("migrate", "shop", "0002")
print(rows())
assert all(slug == "" for _, slug in rows())

print("\n== and forward again (idempotent: only rows with an empty slug) ==")
manage("migrate", "shop")
assert rows()[0][1] == "mechanical-keyboard"
print(rows())

connections.close_all()
tmp.cleanup()
print("OK: RunPython backfills data with apps.get_model(), and a reverse function makes it reversible")
