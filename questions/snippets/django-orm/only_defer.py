"""only() / defer() / values(): load fewer columns. only() and defer() still
return model instances, but touching a deferred field costs one extra query
per object (a hidden N+1); values()/values_list() return plain dicts/tuples.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 only_defer.py
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


class Article(models.Model):
    title = models.CharField(max_length=100)
    body = models.TextField()  # large
    views = models.IntegerField(default=0)

    class Meta:
        app_label = "blog"


with connection.schema_editor() as editor:
    editor.create_model(Article)
Article.objects.bulk_create([Article(title=f"Post {i}", body="lorem ipsum " * 5000) for i in range(5)])


def run(label, fn):
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    select = ctx.captured_queries[0]["sql"].split(" FROM ")[0]
    print(f"{label}\n  first query: {select}\n  queries: {len(ctx)}")
    return result, ctx


_, ctx = run("only('title'): listing titles",
             lambda: [a.title for a in Article.objects.only("title")])
assert len(ctx) == 1 and '"body"' not in ctx.captured_queries[0]["sql"]

_, ctx = run("defer('body'): everything except the big column",
             lambda: [(a.title, a.views) for a in Article.objects.defer("body")])
assert len(ctx) == 1 and '"body"' not in ctx.captured_queries[0]["sql"]

_, ctx = run("only('title') but then reading a.body (deferred!)",
             lambda: [len(a.body) for a in Article.objects.only("title")])
assert len(ctx) == 1 + 5  # one extra SELECT per object
print("  -> a deferred field is fetched lazily, one query per instance")

rows, ctx = run("values_list('id', 'title'): tuples, no model instances",
                lambda: list(Article.objects.values_list("id", "title")[:2]))
print(f"  rows: {rows}")
assert rows == [(1, "Post 0"), (2, "Post 1")] and len(ctx) == 1

article = Article.objects.only("title").first()
print(f"\ndeferred fields on an only('title') instance: {sorted(article.get_deferred_fields())}")
assert article.get_deferred_fields() == {"body", "views"}

print("OK: only()/defer() trim columns but deferred access costs a query each; values() returns plain data")
