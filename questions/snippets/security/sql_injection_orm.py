"""SQL injection: string-built SQL vs parameterised queries (what the Django ORM does for you).

Shows (Django, in-memory SQLite): a login-style lookup with a classic payload
    username = "nobody' OR '1'='1"
- SQL built with an f-string leaks every row (the payload became SQL);
- the ORM filter() and raw()/cursor.execute() WITH params find nothing: values travel separately
  from the SQL text (sql_with_params() shows the placeholder and the parameter list).

The same rule (params, never string formatting) applies to extra(), RawSQL and cursor.execute().

Needs: pip install django   (runs on Django 3.2 to 5.x)
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This example needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    INSTALLED_APPS=[],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
django.setup()

from django.db import connection, models  # noqa: E402


class Account(models.Model):
    username = models.CharField(max_length=50)
    balance = models.IntegerField()

    class Meta:
        app_label = "demo"


with connection.schema_editor() as editor:
    editor.create_model(Account)
Account.objects.bulk_create([Account(username="alice", balance=100), Account(username="bob", balance=250)])
table = Account._meta.db_table

payload = "nobody' OR '1'='1"
print("attacker input:", payload)

# VULNERABLE: the input is pasted into the SQL text.
unsafe_sql = f"SELECT id, username, balance FROM {table} WHERE username = '{payload}'"
print("string-built SQL :", unsafe_sql)
leaked = list(Account.objects.raw(unsafe_sql))
print("  rows returned  :", [a.username for a in leaked])
assert len(leaked) == 2, "the OR '1'='1' made the WHERE clause always true"

# SAFE: the ORM parameterises values.
qs = Account.objects.filter(username=payload)
sql, params = qs.query.sql_with_params()
print("ORM SQL          :", sql)
print("  params         :", params)
print("  rows returned  :", list(qs.values_list("username", flat=True)))
assert "%s" in sql and params == (payload,)
assert not qs.exists()

# SAFE: raw SQL is fine when values go in params, not in the string.
safe_raw = list(Account.objects.raw(f"SELECT id, username, balance FROM {table} WHERE username = %s", [payload]))
with connection.cursor() as cur:
    cur.execute(f"SELECT COUNT(*) FROM {table} WHERE username = %s", [payload])
    (count,) = cur.fetchone()
print("raw()/cursor with params -> rows:", len(safe_raw), "/ count:", count)
assert safe_raw == [] and count == 0
assert Account.objects.get(username="alice").balance == 100

print("OK: f-string SQL leaked all rows; ORM filter() and raw()/cursor with params treated the payload as a plain value")
