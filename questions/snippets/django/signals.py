"""Django signals: post_save runs synchronously inside Model.save(), in the
same thread and transaction. It does NOT fire for queryset.update() or
bulk_create(), and it fires even if the surrounding transaction later rolls
back, so side effects belong in transaction.on_commit().

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 signals.py
"""
import sys
import threading

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
from django.dispatch import Signal, receiver  # noqa: E402


class Order(models.Model):
    status = models.CharField(max_length=20, default="new")

    class Meta:
        app_label = "shop"


fired = []   # what the receiver saw
emails = []  # side effects that should only happen for committed data


@receiver(post_save, sender=Order)  # in a real app: in signals.py, imported in AppConfig.ready()
def order_saved(sender, instance, created, **kwargs):
    fired.append((instance.pk, created, threading.current_thread().name))
    transaction.on_commit(lambda: emails.append(f"order {instance.pk} confirmed"))


with connection.schema_editor() as editor:
    editor.create_model(Order)

print("== save() fires post_save synchronously ==")
order = Order.objects.create()
order.status = "paid"
order.save()
print(f"receiver calls: {fired}  (pk, created, thread)")
assert [(pk, created) for pk, created, _ in fired] == [(1, True), (1, False)]
assert all(t == threading.current_thread().name for *_, t in fired)  # same thread, no queue
print(f"emails sent after commit: {emails}")
assert len(emails) == 2  # autocommit: on_commit callbacks ran right away

print("\n== bulk operations skip save() and therefore the signal ==")
fired.clear()
Order.objects.bulk_create([Order(), Order()])
Order.objects.filter(status="new").update(status="shipped")
print(f"after bulk_create(2) and update(): receiver calls = {len(fired)}")
assert fired == []

print("\n== the receiver runs inside the transaction; on_commit waits for the outcome ==")
fired.clear()
emails.clear()
try:
    with transaction.atomic():
        Order.objects.create(status="doomed")
        raise ValueError("payment failed")  # roll back
except ValueError:
    pass
print(f"receiver ran: {len(fired)} time(s); row exists: {Order.objects.filter(status='doomed').exists()}; "
      f"emails: {emails}")
assert len(fired) == 1  # a plain side effect here would have acted on a row that never existed
assert not Order.objects.filter(status="doomed").exists()
assert emails == []     # on_commit callback was discarded with the rollback

print("\n== custom signals decouple apps ==")
order_refunded = Signal()  # providing_args is gone since Django 4.0: just document the kwargs
audit = []


def write_audit(sender, order_id, amount, **kwargs):
    audit.append((order_id, amount))


order_refunded.connect(write_audit)  # a real function: lambdas would be weakly referenced and vanish
results = order_refunded.send(sender=Order, order_id=1, amount=25)
print(f"send() returned {[(fn.__name__, value) for fn, value in results]}; audit={audit}")
assert audit == [(1, 25)]

print("OK: post_save is synchronous, skipped by update()/bulk_create(), and on_commit protects side effects")
