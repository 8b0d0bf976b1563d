"""Model inheritance: abstract base classes, multi-table inheritance, proxy models.

Shows, against the real ORM (SQLite), by looking at the tables and the SQL:
- abstract base (`Meta.abstract = True`): no table of its own, the fields are copied into each child;
- multi-table: the parent and the child each get a table, linked by a one-to-one `parent_ptr`;
  reading a child JOINs the parent table, and creating one INSERTs into both;
- proxy (`Meta.proxy = True`): no new table; the same rows with other Python behaviour
  (a manager, methods, ordering).

Needs: pip install django   (Debian: apt install python3-django)
"""
import os
import sys
import types

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

sys.modules["shop"] = types.ModuleType("shop")  # a stand-in installed app
sys.modules["shop"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["shop"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Timestamped(models.Model):  # abstract: shared fields, no table
    created = models.IntegerField(default=0)

    class Meta:
        abstract = True


class Product(Timestamped):  # concrete parent of a multi-table child
    name = models.CharField(max_length=20)

    class Meta:
        app_label = "shop"


class Book(Product):  # multi-table inheritance: its own table plus product_ptr
    isbn = models.CharField(max_length=13)

    class Meta:
        app_label = "shop"


class CheapProductManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(name__startswith="cheap")


class CheapProduct(Product):  # proxy: same table, other behaviour
    objects = CheapProductManager()

    class Meta:
        app_label = "shop"
        proxy = True

    def label(self):
        return f"bargain: {self.name}"


with connection.schema_editor() as editor:
    for model in (Product, Book):  # CheapProduct has no table to create
        editor.create_model(model)
tables = sorted(t for t in connection.introspection.table_names() if t.startswith("shop_"))
print(f"tables: {tables}")
assert tables == ["shop_book", "shop_product"]  # none for Timestamped or CheapProduct
with connection.cursor() as cursor:
    book_cols = [c.name for c in connection.introspection.get_table_description(cursor, "shop_book")]
    product_cols = [c.name for c in connection.introspection.get_table_description(cursor, "shop_product")]
print(f"shop_product columns: {product_cols}; shop_book columns: {book_cols}")
assert "created" in product_cols  # copied from the abstract base
assert book_cols == ["product_ptr_id", "isbn"]  # only the child's own field plus the link

print("\n== multi-table: writes and reads touch both tables ==")
with CaptureQueriesContext(connection) as ctx:
    Book.objects.create(name="Dune", isbn="978")
inserts = [q["sql"].split(" (")[0] for q in ctx.captured_queries]
print(f"Book.objects.create -> {inserts}")
assert [s for s in inserts if s.startswith("INSERT")] == ['INSERT INTO "shop_product"', 'INSERT INTO "shop_book"']
with CaptureQueriesContext(connection) as ctx:
    book = Book.objects.get(isbn="978")
sql = ctx.captured_queries[0]["sql"]
print(f"Book.objects.get -> ...{sql[sql.index(' FROM'):]}")
assert "INNER JOIN" in sql and book.name == "Dune"
assert Product.objects.get(name="Dune").book.isbn == "978"  # the parent row knows its child

print("\n== proxy: the same rows, other behaviour ==")
Product.objects.create(name="cheap pen")
pen = CheapProduct.objects.get()
print(f"CheapProduct.objects.all() -> {[p.name for p in CheapProduct.objects.all()]}; {pen.label()}")
assert CheapProduct._meta.db_table == "shop_product" and pen.label() == "bargain: cheap pen"
assert Product.objects.count() == 2 and CheapProduct.objects.count() == 1

print("OK: abstract = fields copied, no table; multi-table = a table per class joined by a one-to-one; "
      "proxy = same table, other Python behaviour")
