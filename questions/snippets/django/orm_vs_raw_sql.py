"""ORM vs raw SQL: the same report three ways (QuerySet, Manager.raw(),
connection.cursor()), and why raw SQL must always pass values as parameters
instead of formatting them into the string.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 orm_vs_raw_sql.py
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

# Register an app called "shop" without writing a package: reverse relations
# (customer.orders) only work for models of an installed app.
sys.modules["shop"] = types.ModuleType("shop")
sys.modules["shop"].__file__ = os.path.abspath(__file__)  # AppConfig wants a path

settings.configure(
    INSTALLED_APPS=["shop"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.db.models import Sum  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "shop"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    total = models.IntegerField()

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
ada, bob, eve = (Customer.objects.create(name=n) for n in ("Ada", "Bob", "Eve"))
for customer, total in [(ada, 50), (ada, 70), (bob, 20), (eve, 5)]:
    Order.objects.create(customer=customer, total=total)

print("== 1) ORM: composable, portable, returns model instances ==")
orm = (Customer.objects.annotate(spent=Sum("orders__total"))
       .filter(spent__gte=20).order_by("-spent"))
orm_rows = [(c.name, c.spent) for c in orm]
print(orm_rows)

print("\n== 2) Manager.raw(): your SQL, still model instances ==")
raw = Customer.objects.raw(
    """SELECT c.id, c.name, SUM(o.total) AS spent
       FROM shop_customer c JOIN shop_order o ON o.customer_id = c.id
       GROUP BY c.id, c.name HAVING SUM(o.total) >= %s ORDER BY spent DESC""",
    [20],
)
raw_rows = [(c.name, c.spent) for c in raw]
print(raw_rows, "->", type(next(iter(raw))).__name__, "instances")

print("\n== 3) connection.cursor(): plain tuples, full control ==")
with connection.cursor() as cursor:
    cursor.execute(
        """SELECT c.name, SUM(o.total) FROM shop_customer c
           JOIN shop_order o ON o.customer_id = c.id
           GROUP BY c.name HAVING SUM(o.total) >= %s ORDER BY 2 DESC""",
        [20],
    )
    cursor_rows = cursor.fetchall()
print(cursor_rows)
assert orm_rows == raw_rows == [tuple(r) for r in cursor_rows] == [("Ada", 120), ("Bob", 20)]

print("\n== raw SQL and injection ==")
user_input = "nobody' OR '1'='1"
unsafe_sql = f"SELECT name FROM shop_customer WHERE name = '{user_input}'"  # NEVER do this
with connection.cursor() as cursor:
    cursor.execute(unsafe_sql)
    leaked = cursor.fetchall()
    cursor.execute("SELECT name FROM shop_customer WHERE name = %s", [user_input])
    safe = cursor.fetchall()
print(f"f-string SQL with {user_input!r}: {len(leaked)} rows leaked")
print(f"parameterised %s with the same input: {len(safe)} rows")
assert len(leaked) == 3 and safe == []
assert not Customer.objects.filter(name=user_input).exists()  # the ORM always parameterises

print("OK: ORM, raw() and cursor give the same answer; raw SQL must use parameters")
