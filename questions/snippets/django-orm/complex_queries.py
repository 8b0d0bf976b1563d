"""Complex queries with the ORM, each answered in ONE SQL query:
Q (OR/NOT), F (column vs column), conditional aggregation, Subquery/OuterRef
("latest order per customer"), Exists, Case/When, values()+annotate() for
GROUP BY, and raw SQL as the last resort.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 complex_queries.py
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
from django.db.models import (  # noqa: E402
    Case, CharField, Count, Exists, F, OuterRef, Q, Subquery, Sum, Value, When,
)
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)
    credit_limit = models.IntegerField()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    number = models.IntegerField()
    total = models.IntegerField()
    status = models.CharField(max_length=10)  # paid / refunded / pending

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
ada = Customer.objects.create(name="Ada", credit_limit=80)
bob = Customer.objects.create(name="Bob", credit_limit=500)
eve = Customer.objects.create(name="Eve", credit_limit=50)
for customer, number, total, status in [
    (ada, 1, 40, "paid"), (ada, 2, 90, "paid"), (ada, 3, 15, "refunded"),
    (bob, 4, 300, "paid"), (bob, 5, 20, "pending"),
]:
    Order.objects.create(customer=customer, number=number, total=total, status=status)


def one_query(label, build):
    with CaptureQueriesContext(connection) as ctx:
        result = build()
    print(f"{label}\n  -> {result}   [{len(ctx)} query]")
    assert len(ctx) == 1, label
    return result


r = one_query("1) Q: orders that are refunded OR over 250",
              lambda: sorted(Order.objects.filter(Q(status="refunded") | Q(total__gt=250))
                             .values_list("number", flat=True)))
assert r == [3, 4]

r = one_query("2) F: single orders above the customer's credit limit",
              lambda: list(Order.objects.filter(total__gt=F("customer__credit_limit"))
                           .values_list("number", flat=True)))
assert r == [2]

r = one_query("3) conditional aggregation: paid revenue and order count per customer",
              lambda: list(Customer.objects.annotate(
                  paid=Sum("orders__total", filter=Q(orders__status="paid")),
                  n=Count("orders")).order_by("name").values_list("name", "paid", "n")))
assert r == [("Ada", 130, 3), ("Bob", 300, 2), ("Eve", None, 0)]

latest = Order.objects.filter(customer=OuterRef("pk")).order_by("-number")
r = one_query("4) Subquery/OuterRef: each customer's latest order total",
              lambda: list(Customer.objects.annotate(last_total=Subquery(latest.values("total")[:1]))
                           .order_by("name").values_list("name", "last_total")))
assert r == [("Ada", 15), ("Bob", 20), ("Eve", None)]

pending = Order.objects.filter(customer=OuterRef("pk"), status="pending")
r = one_query("5) Exists: customers with a pending order",
              lambda: list(Customer.objects.filter(Exists(pending)).values_list("name", flat=True)))
assert r == ["Bob"]

r = one_query("6) Case/When: label customers by lifetime spend",
              lambda: list(Customer.objects.annotate(spent=Sum("orders__total")).annotate(
                  tier=Case(When(spent__gte=200, then=Value("gold")),
                            When(spent__gte=50, then=Value("silver")),
                            default=Value("new"), output_field=CharField()))
                  .order_by("name").values_list("name", "tier")))
assert r == [("Ada", "silver"), ("Bob", "gold"), ("Eve", "new")]

r = one_query("7) values() + annotate(): revenue per status (GROUP BY status)",
              lambda: list(Order.objects.values("status").annotate(revenue=Sum("total"))
                           .order_by("status")))
assert r == [{"status": "paid", "revenue": 430}, {"status": "pending", "revenue": 20},
             {"status": "refunded", "revenue": 15}]

print("8) last resort, raw SQL with parameters (hand-tuned or DB-specific SQL; this running\n"
      "   total could also be written with the ORM's Window() expression):")
rows = list(Order.objects.raw(
    "SELECT id, number, total, SUM(total) OVER (PARTITION BY customer_id ORDER BY number) AS running "
    "FROM shop_order WHERE status = %s ORDER BY number", ["paid"]))
print(f"  -> {[(o.number, o.running) for o in rows]}")
assert [(o.number, o.running) for o in rows] == [(1, 40), (2, 130), (4, 300)]

print("OK: Q, F, conditional aggregates, Subquery, Exists, Case/When and GROUP BY each in one query")
