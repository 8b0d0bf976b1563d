"""Locking rows in Django: pessimistic (select_for_update) and optimistic (F() / a version column).

Shows, against the real ORM:
- the lost update: two requests read stock=5, both save 4, one sale vanishes;
- an atomic conditional UPDATE with F() (`filter(stock__gte=1).update(stock=F("stock") - 1)`)
  cannot lose updates and reports 0 rows when the stock is gone;
- optimistic locking with a version column: `filter(pk=..., version=v).update(..., version=v+1)`
  updates 1 row for the first writer and 0 for the stale one, which must re-read and retry;
- select_for_update(): SQLite has no row locks, so Django drops the clause there; on a backend
  that has them (the feature flags are switched on for a moment, only to compile the SQL)
  Django emits `FOR UPDATE [NOWAIT | SKIP LOCKED]` and refuses to run it outside atomic().

Needs: pip install django   (Debian: apt install python3-django)
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

from django.db import connection, models, transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.db.transaction import TransactionManagementError  # noqa: E402


class Product(models.Model):
    stock = models.IntegerField()
    price = models.IntegerField(default=10)
    version = models.IntegerField(default=0)

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
p = Product.objects.create(stock=5)

print("== the lost update (read-modify-write in Python) ==")
a, b = Product.objects.get(pk=p.pk), Product.objects.get(pk=p.pk)  # two requests read stock=5
a.stock -= 1
a.save()
b.stock -= 1
b.save()
print(f"two sales, stock now {Product.objects.get(pk=p.pk).stock} (should be 3)")
assert Product.objects.get(pk=p.pk).stock == 4

print("\n== atomic conditional UPDATE with F() ==")
Product.objects.filter(pk=p.pk).update(stock=1)
sold = [Product.objects.filter(pk=p.pk, stock__gte=1).update(stock=F("stock") - 1) for _ in range(2)]
print(f"two buyers of the last item: rows updated {sold}; stock {Product.objects.get(pk=p.pk).stock}")
assert sold == [1, 0] and Product.objects.get(pk=p.pk).stock == 0

print("\n== optimistic locking with a version column ==")
alice, bob = Product.objects.get(pk=p.pk), Product.objects.get(pk=p.pk)  # both read version 0


def save_price(obj, price):
    return Product.objects.filter(pk=obj.pk, version=obj.version).update(price=price, version=F("version") + 1)


first, second = save_price(alice, 12), save_price(bob, 15)
row = Product.objects.get(pk=p.pk)
print(f"alice -> {first} row, bob (stale version) -> {second} rows; price {row.price}, version {row.version}")
assert (first, second, row.price, row.version) == (1, 0, 12, 1)
bob.refresh_from_db()  # the loser re-reads and retries (or reports 409 Conflict)
assert save_price(bob, 15) == 1 and Product.objects.get(pk=p.pk).price == 15

print("\n== select_for_update ==")
qs = Product.objects.filter(pk=p.pk).select_for_update()
with transaction.atomic():
    sqlite_sql = str(qs.query)
print(f"SQLite (has_select_for_update={connection.features.has_select_for_update}): {sqlite_sql}")
assert not connection.features.has_select_for_update and "FOR UPDATE" not in sqlite_sql

flags = ("has_select_for_update", "has_select_for_update_nowait", "has_select_for_update_skip_locked")
saved = {f: getattr(connection.features, f) for f in flags}
for f in flags:
    setattr(connection.features, f, True)  # compile as a row-locking backend would (never executed)
try:
    try:
        str(qs.query)
    except TransactionManagementError as exc:
        print(f"outside atomic(): TransactionManagementError: {exc}")
    else:
        raise AssertionError("select_for_update outside a transaction should be refused")
    with transaction.atomic():
        locking_sql = str(qs.query)
        nowait_sql = str(Product.objects.select_for_update(nowait=True).query)
        skip_sql = str(Product.objects.select_for_update(skip_locked=True).query)
finally:
    for f, value in saved.items():
        setattr(connection.features, f, value)
print(f"inside atomic(): ...{locking_sql[-40:]}\n  nowait: ...{nowait_sql[-20:]}\n  skip_locked: ...{skip_sql[-25:]}")
assert locking_sql.endswith("FOR UPDATE") and nowait_sql.endswith("FOR UPDATE NOWAIT")
assert skip_sql.endswith("FOR UPDATE SKIP LOCKED")

print("OK: read-modify-write loses updates; F() conditional updates and version checks don't; "
      "select_for_update emits FOR UPDATE only inside a transaction, and is dropped on SQLite")
