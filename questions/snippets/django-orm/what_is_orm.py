"""What an ORM is: classes map to tables, instances to rows, attribute access
and method calls to SQL. Django QuerySets are lazy (built without touching the
database), run when evaluated, and cache their results.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 what_is_orm.py
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

sys.modules["library"] = types.ModuleType("library")  # a stand-in installed app
sys.modules["library"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["library"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Author(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "library"


class Book(models.Model):
    title = models.CharField(max_length=100)
    year = models.IntegerField()
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")

    class Meta:
        app_label = "library"


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)

print("== objects in, SQL out ==")
with CaptureQueriesContext(connection) as ctx:
    ada = Author.objects.create(name="Ada")
    Book.objects.create(title="Notes on the Engine", year=1843, author=ada)
    Book.objects.create(title="Letters", year=1851, author=ada)
for q in ctx.captured_queries:
    print("  " + q["sql"])
assert all(q["sql"].startswith("INSERT") for q in ctx.captured_queries)

print("\n== QuerySets are lazy ==")
with CaptureQueriesContext(connection) as ctx:
    qs = Book.objects.filter(author__name="Ada")   # builds a query...
    qs = qs.exclude(year__lt=1845).order_by("title")  # ...still nothing sent
print(f"after filter().exclude().order_by(): {len(ctx.captured_queries)} queries")
assert len(ctx.captured_queries) == 0
print(f"the SQL it will run: {qs.query}")

with CaptureQueriesContext(connection) as ctx:
    titles = [b.title for b in qs]  # iteration evaluates: one SELECT with a JOIN
    again = [b.title for b in qs]   # same QuerySet object: served from its result cache
print(f"iterated twice -> {titles}; queries: {len(ctx.captured_queries)}")
assert titles == again == ["Letters"] and len(ctx.captured_queries) == 1

fresh = Book.objects.filter(author__name="Ada")
with CaptureQueriesContext(connection) as ctx:
    repr(fresh)   # evaluates a LIMIT 21 slice for display...
    list(fresh)   # ...but did not fill the cache: a second SELECT
print(f"repr(qs) then list(qs): {len(ctx.captured_queries)} queries (repr does not cache)")
assert len(ctx.captured_queries) == 2 and "LIMIT 21" in ctx.captured_queries[0]["sql"]

print("\n== relations become attributes ==")
with CaptureQueriesContext(connection) as ctx:
    book = Book.objects.get(title="Letters")
    author_name = book.author.name      # follows the foreign key: one more SELECT
    count = ada.books.count()           # reverse relation -> SELECT COUNT(*)
print(f"book.author.name={author_name!r}, ada.books.count()={count}; queries: {len(ctx.captured_queries)}")
for q in ctx.captured_queries:
    print("  " + q["sql"])
assert len(ctx.captured_queries) == 3 and "COUNT(*)" in ctx.captured_queries[2]["sql"]

print("OK: the ORM maps classes/rows/relations to SQL; QuerySets are lazy and cached")
