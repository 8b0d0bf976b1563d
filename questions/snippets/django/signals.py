"""Django signals: post_save runs synchronously inside Model.save(), in the
sender's thread; inside atomic() it runs in the sender's transaction, while in
autocommit mode the row is already committed when post_save runs (so a
post_save receiver that raises does not undo the save; a pre_save one does).
It does NOT fire for queryset.update() or bulk_create(), and it fires even if
the surrounding transaction later rolls back, so side effects belong in
transaction.on_commit(). On Django 5.0+ it also shows an async receiver
dispatched with Signal.asend().

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
from django.db.models.signals import post_save, pre_save  # noqa: E402
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

print("\n== autocommit: post_save runs after the INSERT is committed ==")
seen_atomic = []


def record_atomic(sender, instance, **kwargs):
    seen_atomic.append(connection.in_atomic_block)


post_save.connect(record_atomic, sender=Order)
Order.objects.create(status="autocommit")
with transaction.atomic():
    Order.objects.create(status="in-atomic")
post_save.disconnect(record_atomic, sender=Order)
print(f"receiver inside a transaction? autocommit save: {seen_atomic[0]}, inside atomic(): {seen_atomic[1]}")
assert seen_atomic == [False, True]


class ReceiverFailed(Exception):
    pass


def failing_post_save(sender, instance, **kwargs):
    raise ReceiverFailed("post_save receiver broke")


def failing_pre_save(sender, instance, **kwargs):
    raise ReceiverFailed("pre_save receiver broke")


for signal, handler, label in ((post_save, failing_post_save, "post-fail"), (pre_save, failing_pre_save, "pre-fail")):
    signal.connect(handler, sender=Order)
    try:
        Order.objects.create(status=label)
    except ReceiverFailed as exc:
        print(f"create() raised {exc!r}; row saved anyway: {Order.objects.filter(status=label).exists()}")
    else:
        raise AssertionError("the receiver's exception should reach the caller")
    signal.disconnect(handler, sender=Order)
assert Order.objects.filter(status="post-fail").exists()      # committed before post_save ran
assert not Order.objects.filter(status="pre-fail").exists()   # pre_save raised before the INSERT

print("\n== custom signals decouple apps ==")
order_refunded = Signal()  # providing_args is gone since Django 4.0: just document the kwargs
audit = []


def write_audit(sender, order_id, amount, **kwargs):
    audit.append((order_id, amount))


order_refunded.connect(write_audit)  # a real function: lambdas would be weakly referenced and vanish
results = order_refunded.send(sender=Order, order_id=1, amount=25)
print(f"send() returned {[(fn.__name__, value) for fn, value in results]}; audit={audit}")
assert audit == [(1, 25)]

if hasattr(Signal, "asend"):  # Django 5.0+: async receivers and asend()
    import asyncio

    async def async_audit(sender, order_id, amount, **kwargs):
        await asyncio.sleep(0)
        audit.append(("async", order_id))

    order_refunded.connect(async_audit)
    asyncio.run(order_refunded.asend(sender=Order, order_id=2, amount=5))
    print(f"Django {django.get_version()}: asend() awaited the async receiver (and ran the sync one): {audit}")
    assert ("async", 2) in audit and (2, 5) in audit
else:
    print(f"Django {django.get_version()}: no Signal.asend() (added in 5.0); receivers are sync only")

print("OK: post_save is synchronous, skipped by update()/bulk_create(), and on_commit protects side effects")
