"""Q objects: keyword filters can only AND; Q() lets you build OR (|), AND (&)
and NOT (~) conditions, nest them, and assemble them dynamically at run time.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 q_objects.py
"""
import operator
import os
import sys
import types
from functools import reduce

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

sys.modules["shop"] = types.ModuleType("shop")  # a stand-in installed app (reverse relations need one)
sys.modules["shop"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["shop"],
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


class Tag(models.Model):
    name = models.CharField(max_length=20)
    products = models.ManyToManyField(Product, related_name="tags")

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
    editor.create_model(Tag)
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

print("\n== XOR (Django 4.1+) ==")
if django.VERSION >= (4, 1):
    qs = Product.objects.filter(Q(category="tech") ^ Q(price__lt=30))  # exactly one of the two holds
    print(f"tech ^ cheap -> {names(qs)}")
    assert names(qs) == ["Laptop", "Novel"]  # Mouse is both, so it is excluded
else:
    try:
        Q(category="tech") ^ Q(price__lt=30)
    except TypeError as exc:
        print(f"Django {django.get_version()}: Q ^ Q -> TypeError ({exc}); XOR needs 4.1+")
    else:
        raise AssertionError("Q ^ Q should not exist before Django 4.1")


laptop = Product.objects.get(name="Laptop")
for tag_name in ("sale", "new"):
    Tag.objects.create(name=tag_name).products.add(laptop)

print("\n== OR across a multi-valued relation can duplicate rows ==")
qs = Product.objects.filter(Q(tags__name="sale") | Q(tags__name="new"))
print(f"tags sale OR new -> {list(qs.values_list('name', flat=True))}; with distinct(): "
      f"{list(qs.distinct().values_list('name', flat=True))}")
assert list(qs.values_list("name", flat=True)) == ["Laptop", "Laptop"]  # one row per matching join
assert list(qs.distinct().values_list("name", flat=True)) == ["Laptop"]

print("OK: Q objects express OR/AND/NOT (XOR on 4.1+), nest, mix with kwargs, can be built at run time;"
      " an OR over a join needs distinct()")
