"""Database indexes in Django: db_index / Meta.indexes / unique constraints
become CREATE INDEX statements, and EXPLAIN shows the planner switching from
a full table SCAN to an index SEARCH. Column order in a composite index
matters, and every index costs extra work on writes.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 indexes.py
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


class Order(models.Model):
    customer_id = models.IntegerField()
    status = models.CharField(max_length=10)
    created = models.IntegerField()

    class Meta:
        app_label = "shop"
        # In a project you would declare it here and run makemigrations:
        # indexes = [models.Index(fields=["customer_id", "status", "-created"], name="...")]


with connection.schema_editor() as editor:
    editor.create_model(Order)
Order.objects.bulk_create(
    [Order(customer_id=i % 500, status="paid" if i % 3 else "new", created=i) for i in range(5000)]
)

query = Order.objects.filter(customer_id=42, status="paid").order_by("-created")
print("== before: no index ==")
plan_before = query.explain()
print(plan_before)
assert "SCAN" in plan_before and "USING INDEX" not in plan_before

print("\n== add a composite index (what AddIndex in a migration runs) ==")
index = models.Index(fields=["customer_id", "status", "-created"], name="order_cust_status_idx")
with connection.schema_editor(collect_sql=True) as editor:
    editor.add_index(Order, index)
print("\n".join(editor.collected_sql))
with connection.schema_editor() as editor:
    editor.add_index(Order, index)

print("\n== after: the planner searches the index ==")
plan_after = query.explain()
print(plan_after)
assert "SEARCH" in plan_after and "order_cust_status_idx" in plan_after
assert "TEMP B-TREE" not in plan_after  # the index order also serves ORDER BY -created
print("(no more temp B-tree: the index's -created order also serves ORDER BY)")

print("\n== leftmost-prefix rule: filtering only on the 2nd column cannot seek the index ==")
plan_status = Order.objects.filter(status="new").explain()
print(plan_status)
assert "SEARCH" not in plan_status  # a scan (of the table or the whole index), not a seek

print("OK: Meta.indexes -> CREATE INDEX; EXPLAIN shows SCAN before and an index SEARCH after")
