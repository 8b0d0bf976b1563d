"""bulk_create() / bulk_update(): insert or update many rows in a few queries
instead of one per object - at the price of skipping Model.save() and the
pre_save/post_save signals.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 bulk_create.py
"""
import sys
import time

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

from django.db import connection, models, transaction  # noqa: E402
from django.db.models.signals import post_save  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

save_calls = []
signal_calls = []


class Reading(models.Model):
    sensor = models.CharField(max_length=10)
    value = models.FloatField()
    normalized = models.BooleanField(default=False)

    class Meta:
        app_label = "iot"

    def save(self, *args, **kwargs):
        save_calls.append(self.sensor)  # custom logic that bulk_create will NOT run
        super().save(*args, **kwargs)


def on_saved(sender, **kwargs):
    signal_calls.append(kwargs["instance"].pk)


post_save.connect(on_saved, sender=Reading)

with connection.schema_editor() as editor:
    editor.create_model(Reading)

N = 1000


def measure(label, fn):
    """Run fn, print and return how many INSERT/UPDATE statements it sent."""
    with CaptureQueriesContext(connection) as ctx:
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
    writes = [q for q in ctx.captured_queries if q["sql"].startswith(("INSERT", "UPDATE"))]
    print(f"{label:48} {len(writes):5} INSERT/UPDATE statements {elapsed * 1000:7.1f} ms")
    return len(writes)


def save_each():
    with transaction.atomic():  # one transaction, but still one INSERT per row
        for i in range(N):
            Reading(sensor=f"a{i}", value=i).save()


def bulk():
    return Reading.objects.bulk_create(
        [Reading(sensor=f"b{i}", value=i) for i in range(N)], batch_size=500
    )


print(f"== inserting {N} rows ==")
loop_queries = measure("loop of .save()", save_each)
save_calls.clear()
signal_calls.clear()
bulk_queries = measure("bulk_create(batch_size=500)", bulk)
print(f"  save() calls during bulk_create: {len(save_calls)}, post_save signals: {len(signal_calls)}")
print("  (batches are further capped by SQLite's limit of 999 parameters per statement;\n"
      "   in-memory SQLite has no network round trip - against a real server the loop is far slower)")
assert loop_queries == N and 2 <= bulk_queries <= 4
assert save_calls == [] and signal_calls == []
assert Reading.objects.count() == 2 * N

print(f"\n== updating {N} rows ==")
rows = list(Reading.objects.filter(sensor__startswith="b"))
for r in rows:
    r.value = r.value * 1.8 + 32
    r.normalized = True
update_queries = measure("bulk_update(fields=[...], batch_size=500)",
                         lambda: Reading.objects.bulk_update(rows, ["value", "normalized"], batch_size=500))
same_value_queries = measure("or, when every row gets the same value: update()",
                             lambda: Reading.objects.filter(sensor__startswith="a").update(normalized=True))
print("  (bulk_update sends one big CASE WHEN per batch: few round trips, heavy SQL)")
assert 2 <= update_queries <= 6 and same_value_queries == 1
assert Reading.objects.filter(normalized=True).count() == 2 * N
assert save_calls == [] and signal_calls == []

print("OK: bulk_create/bulk_update turn ~1000 queries into a handful, without save() or signals")
