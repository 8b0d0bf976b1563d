"""Getting the SQL of a QuerySet:
- str(qs.query): readable, but parameters are pasted in unquoted, so it is
  not always valid SQL;
- qs.query.sql_with_params(): the SQL with placeholders + the parameters, as
  the driver receives them;
- connection.queries (DEBUG=True) / CaptureQueriesContext: what really ran;
- qs.explain(): the database's query plan.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 queryset_sql.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DEBUG=True,  # connection.queries is only filled when DEBUG is True
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import DatabaseError, connection, models, reset_queries  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Person(models.Model):
    name = models.CharField(max_length=50)
    age = models.IntegerField()

    class Meta:
        app_label = "people"


with connection.schema_editor() as editor:
    editor.create_model(Person)
Person.objects.create(name="Ada Lovelace", age=36)
Person.objects.create(name="Alan Turing", age=41)

qs = Person.objects.filter(name="Ada Lovelace", age__gte=18).only("name")

print("== 1) str(qs.query) ==")
printed = str(qs.query)
print(printed)
assert "= Ada Lovelace" in printed  # the string value is not quoted
try:
    with connection.cursor() as cursor:
        cursor.execute(printed)
except DatabaseError as e:
    print(f"-> executing it fails: {type(e).__name__}: {e}")
else:
    raise AssertionError("expected the unquoted SQL to be invalid")

print("\n== 2) qs.query.sql_with_params() ==")
sql, params = qs.query.sql_with_params()
print(f"sql    = {sql}")
print(f"params = {params}")
assert "%s" in sql and set(params) == {"Ada Lovelace", 18}
with connection.cursor() as cursor:
    cursor.execute(sql, params)  # the driver quotes the parameters correctly
    rows = cursor.fetchall()
print(f"-> cursor.execute(sql, params) returns {rows}")
assert rows == [(1, "Ada Lovelace")]

print("\n== 3) what actually ran ==")
reset_queries()
list(qs)
print(f"connection.queries[-1] = {connection.queries[-1]}")
assert "'Ada Lovelace'" in connection.queries[-1]["sql"]  # SQLite/PostgreSQL show quoted values here
with CaptureQueriesContext(connection) as ctx:  # works with DEBUG=False too (tests, scripts)
    Person.objects.filter(age__gt=40).count()
print(f"CaptureQueriesContext: {ctx.captured_queries[0]['sql']}")
assert len(ctx) == 1

print("\n== 4) the query plan ==")
plan = Person.objects.filter(name="Ada Lovelace").explain()
print(f"filter(name=...) (no index on name): {plan}")
pk_plan = Person.objects.filter(pk=1).explain()
print(f"filter(pk=1):                        {pk_plan}")
assert "SCAN" in plan.upper() and "SEARCH" not in plan.upper()    # reads the whole table
assert "SEARCH" in pk_plan.upper() and "PRIMARY KEY" in pk_plan.upper()  # seeks by the rowid

print("OK: str(qs.query) is only approximate; sql_with_params(), connection.queries and explain() give the real thing")
