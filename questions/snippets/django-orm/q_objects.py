"""Q objects: keyword filters can only AND; Q() lets you build OR (|), AND (&)
and NOT (~) conditions, nest them, and assemble them dynamically at run time.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 q_objects.py
"""
import operator
import sys
from functools import reduce

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
from django.db.models import Q  # noqa: E402


class Product(models.Model):
    name = models.CharField(max_length=50)
    category = models.CharField(max_length=20)
    price = models.IntegerField()
    in_stock = models.BooleanField(default=True)

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.bulk_create([
    Product(name="Laptop", category="tech", price=1200),
    Product(name="Mouse", category="tech", price=25),
    Product(name="Desk", category="furniture", price=300, in_stock=False),
    Product(name="Lamp", category="furniture", price=40),
    Product(name="Novel", category="books", price=15),
])


def names(qs):
    return sorted(qs.values_list("name", flat=True))


def where(qs):
    return str(qs.query).split(" WHERE ", 1)[1]


print("== OR: cheap OR out of stock ==")
qs = Product.objects.filter(Q(price__lt=30) | Q(in_stock=False))
print(f"WHERE {where(qs)}\n-> {names(qs)}")
assert names(qs) == ["Desk", "Mouse", "Novel"]

print("\n== NOT and nesting: (tech OR furniture) AND NOT expensive ==")
qs = Product.objects.filter((Q(category="tech") | Q(category="furniture")) & ~Q(price__gte=500))
print(f"WHERE {where(qs)}\n-> {names(qs)}")
assert names(qs) == ["Desk", "Lamp", "Mouse"]

print("\n== Q objects and keyword arguments together (Q first) ==")
qs = Product.objects.filter(Q(name__startswith="L") | Q(name__startswith="M"), in_stock=True)
print(f"-> {names(qs)}")
assert names(qs) == ["Lamp", "Laptop", "Mouse"]

print("\n== built dynamically, e.g. from a search box ==")
words = ["lap", "lamp", "nov"]
query = reduce(operator.or_, (Q(name__icontains=w) for w in words))
print(f"reduce(or_, ...) -> {query}")
print(f"-> {names(Product.objects.filter(query))}")
assert names(Product.objects.filter(query)) == ["Lamp", "Laptop", "Novel"]

filters = Q()  # an empty Q matches everything; add conditions as they apply
for field, value in {"category": "tech", "price__lte": 100}.items():
    filters &= Q(**{field: value})
print(f"Q() &= ... -> {names(Product.objects.filter(filters))}")
assert names(Product.objects.filter(filters)) == ["Mouse"]

print("OK: Q objects express OR/AND/NOT, nest, mix with kwargs and can be built at run time")
