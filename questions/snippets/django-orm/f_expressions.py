"""F expressions: refer to a column's value inside the database. They make
updates atomic (no read-modify-write race), compare two fields in a filter
and compute values in annotate(), all without loading rows into Python.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 f_expressions.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.db.models import ExpressionWrapper, F  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Product(models.Model):
    name = models.CharField(max_length=50)
    stock = models.IntegerField()
    reorder_level = models.IntegerField()
    price = models.IntegerField()
    cost = models.IntegerField()

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.create(name="Widget", stock=10, reorder_level=5, price=30, cost=20)
Product.objects.create(name="Gadget", stock=3, reorder_level=5, price=50, cost=45)

print("== lost update: two requests each do stock = stock - 1 in Python ==")
req_a = Product.objects.get(name="Widget")  # both read stock=10...
req_b = Product.objects.get(name="Widget")
req_a.stock -= 1
req_a.save()  # writes 9
req_b.stock -= 1
req_b.save()  # also writes 9: request A's sale is lost
lost = Product.objects.get(name="Widget").stock
print(f"after two sales: stock={lost} (expected 8)")
assert lost == 9

print("\n== the same two sales with F(): the database does the arithmetic ==")
Product.objects.filter(name="Widget").update(stock=10)
with CaptureQueriesContext(connection) as ctx:
    for _ in range(2):
        Product.objects.filter(name="Widget").update(stock=F("stock") - 1)
print(f"SQL: {ctx.captured_queries[0]['sql']}")
correct = Product.objects.get(name="Widget").stock
print(f"after two sales: stock={correct}")
assert correct == 8 and '"stock" = ("shop_product"."stock" - 1)' in ctx.captured_queries[0]["sql"]

print("\n== F() on an instance: save() writes the expression; refresh to read the number ==")
widget = Product.objects.get(name="Widget")
widget.stock = F("stock") + 5
widget.save(update_fields=["stock"])
print(f"before refresh_from_db(): {widget.stock!r}")
widget.refresh_from_db()
print(f"after  refresh_from_db(): {widget.stock}")
assert widget.stock == 13

print("\n== compare two columns of the same row ==")
low = Product.objects.filter(stock__lt=F("reorder_level"))
print(f"stock < reorder_level -> {[p.name for p in low]}")
assert [p.name for p in low] == ["Gadget"]

print("\n== computed columns ==")
rows = Product.objects.annotate(
    margin=ExpressionWrapper(F("price") - F("cost"), output_field=models.IntegerField())
).order_by("-margin").values_list("name", "margin")
print(f"price - cost -> {list(rows)}")
assert list(rows) == [("Widget", 10), ("Gadget", 5)]

print("OK: F() makes updates atomic, compares columns and computes values in SQL")
