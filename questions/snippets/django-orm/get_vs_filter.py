""".get() vs .filter(): get() runs at once and returns exactly one instance or
raises DoesNotExist / MultipleObjectsReturned; filter() returns a lazy
QuerySet of zero or more rows and never raises for "no rows".

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 get_vs_filter.py
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
from django.test.utils import CaptureQueriesContext  # noqa: E402


class User(models.Model):
    email = models.EmailField(unique=True)
    city = models.CharField(max_length=30)

    class Meta:
        app_label = "accounts"


with connection.schema_editor() as editor:
    editor.create_model(User)
User.objects.create(email="ada@example.com", city="London")
User.objects.create(email="alan@example.com", city="London")
User.objects.create(email="grace@example.com", city="Arlington")

print("== .get(): exactly one object, evaluated immediately ==")
with CaptureQueriesContext(connection) as ctx:
    user = User.objects.get(email="ada@example.com")
print(f"get(email=...) -> {type(user).__name__} {user.email}; queries: {len(ctx)}")
print(f"SQL: {ctx.captured_queries[0]['sql']}")
assert isinstance(user, User) and len(ctx) == 1
assert "LIMIT 21" in ctx.captured_queries[0]["sql"]  # enough rows to say "returned more than 20"

try:
    User.objects.get(email="nobody@example.com")
except User.DoesNotExist as e:
    print(f"no match       -> {type(e).__qualname__}: {e}")
else:
    raise AssertionError("expected DoesNotExist")
try:
    User.objects.get(city="London")
except User.MultipleObjectsReturned as e:
    print(f"several match  -> {type(e).__qualname__}: {e}")
else:
    raise AssertionError("expected MultipleObjectsReturned")

print("\n== .filter(): a lazy QuerySet of 0..n rows ==")
with CaptureQueriesContext(connection) as ctx:
    londoners = User.objects.filter(city="London")
    nobody = User.objects.filter(city="Paris")
print(f"filter(...) -> {type(londoners).__name__}; queries so far: {len(ctx)}")
assert len(ctx) == 0
print(f"London: {[u.email for u in londoners]}; Paris: {list(nobody)} (empty, no exception)")
assert londoners.count() == 2 and not nobody.exists()

print("\n== one-or-none without try/except ==")
first = User.objects.filter(city="Paris").first()
print(f"filter(...).first() -> {first}")
assert first is None

print("OK: get() returns one object or raises DoesNotExist/MultipleObjectsReturned; filter() returns a lazy QuerySet")
