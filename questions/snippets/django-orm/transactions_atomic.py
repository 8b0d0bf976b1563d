"""Transactions in Django: autocommit by default; transaction.atomic() makes a
block all-or-nothing; a nested atomic() is a savepoint that can fail alone;
transaction.on_commit() defers side effects until the data is really saved.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 transactions_atomic.py
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

from django.db import IntegrityError, connection, models, transaction  # noqa: E402
from django.db.models import F  # noqa: E402


class Account(models.Model):
    owner = models.CharField(max_length=20, unique=True)
    balance = models.IntegerField()

    class Meta:
        app_label = "bank"


class AuditLog(models.Model):
    message = models.CharField(max_length=100)

    class Meta:
        app_label = "bank"


with connection.schema_editor() as editor:
    editor.create_model(Account)
    editor.create_model(AuditLog)
Account.objects.create(owner="alice", balance=100)
Account.objects.create(owner="bob", balance=0)
notifications = []


def balances():
    return dict(Account.objects.values_list("owner", "balance"))


def transfer(src, dst, amount):
    with transaction.atomic():
        Account.objects.filter(owner=src).update(balance=F("balance") - amount)
        Account.objects.filter(owner=dst).update(balance=F("balance") + amount)
        if Account.objects.get(owner=src).balance < 0:
            raise ValueError("insufficient funds")  # undoes BOTH updates
        transaction.on_commit(lambda: notifications.append(f"{src}->{dst} {amount}"))


print(f"autocommit outside atomic(): {connection.get_autocommit()}")
assert connection.get_autocommit()

print("\n== atomic(): all or nothing ==")
transfer("alice", "bob", 30)
print(f"transfer 30 ok      -> {balances()}, notifications={notifications}")
try:
    transfer("alice", "bob", 500)
except ValueError as e:
    print(f"transfer 500 failed ({e}) -> {balances()} (debit rolled back)")
assert balances() == {"alice": 70, "bob": 30}
assert notifications == ["alice->bob 30"]  # the failed transfer's on_commit never ran

print("\n== nested atomic() = savepoint: the inner block can fail alone ==")
with transaction.atomic():
    AuditLog.objects.create(message="batch started")
    try:
        with transaction.atomic():  # SAVEPOINT
            AuditLog.objects.create(message="about to duplicate")
            Account.objects.create(owner="alice", balance=1)  # unique violation
    except IntegrityError:
        print("inner block hit IntegrityError -> rolled back to the savepoint")
    AuditLog.objects.create(message="batch finished")
messages = list(AuditLog.objects.values_list("message", flat=True))
print(f"committed audit rows: {messages}")
assert messages == ["batch started", "batch finished"]

print("\n== on_commit waits for the OUTERMOST transaction ==")
notifications.clear()
with transaction.atomic():
    transfer("bob", "alice", 10)  # its on_commit is registered inside our outer block...
    print(f"inside outer block: notifications={notifications}")
    assert notifications == []
print(f"after outer commit: notifications={notifications}")
assert notifications == ["bob->alice 10"]

print("\n== catching an error INSIDE atomic() without a savepoint breaks the transaction ==")
try:
    with transaction.atomic():
        try:
            Account.objects.create(owner="bob", balance=0)  # IntegrityError
        except IntegrityError:
            pass  # swallowed, but the transaction is now marked for rollback
        Account.objects.count()
except transaction.TransactionManagementError as e:
    print(f"next query -> TransactionManagementError: {str(e)[:60]}...")
else:
    raise AssertionError("expected TransactionManagementError")

print("OK: atomic() is all-or-nothing, nested atomic() is a savepoint, on_commit runs only after commit")
