"""Managers and custom QuerySets.

Shows, against the real ORM (SQLite):
- a custom QuerySet's methods chain in any order (`published().by(ada)` and `by(ada).published()`),
  which plain Manager methods cannot do;
- `QuerySet.as_manager()` and `Manager.from_queryset()` turn the QuerySet into a manager, the
  latter keeping extra manager-only methods;
- the first manager declared is the default (`_default_manager`); a manager that filters rows in
  `get_queryset()` hides them from everything using it;
- following a ForeignKey (`article.author`) uses `_base_manager`, a plain Manager, so a related
  object hidden by the default manager is still reachable;
- the reverse direction (`team.author_set`) is built from the default manager's class, so there
  the filter applies.

Needs: pip install django   (Debian: apt install python3-django)
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

sys.modules["news"] = types.ModuleType("news")  # a stand-in installed app
sys.modules["news"].__file__ = os.path.abspath(__file__)
settings.configure(
    INSTALLED_APPS=["news"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class ActiveManager(models.Manager):
    def get_queryset(self):  # every query through this manager gets the filter
        return super().get_queryset().filter(active=True)


class Team(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        app_label = "news"


class Author(models.Model):
    name = models.CharField(max_length=20)
    active = models.BooleanField(default=True)
    team = models.ForeignKey(Team, null=True, on_delete=models.SET_NULL)

    objects = ActiveManager()        # declared first: the default manager
    everyone = models.Manager()

    class Meta:
        app_label = "news"


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def by(self, author):
        return self.filter(author=author)


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def create_draft(self, **fields):  # manager-only helper (not chainable, returns an object)
        return self.create(status="draft", **fields)


class Article(models.Model):
    title = models.CharField(max_length=50)
    status = models.CharField(max_length=10, default="draft")
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

    objects = ArticleManager()
    plain = ArticleQuerySet.as_manager()

    class Meta:
        app_label = "news"


with connection.schema_editor() as editor:
    editor.create_model(Team)
    editor.create_model(Author)
    editor.create_model(Article)

core = Team.objects.create(name="core")
ada = Author.objects.create(name="ada", team=core)
ghost = Author.objects.create(name="ghost", active=False, team=core)
Article.objects.create(title="A1", status="published", author=ada)
Article.objects.create_draft(title="A2", author=ada)
Article.objects.create(title="G1", status="published", author=ghost)

print("== chainable QuerySet methods ==")
one = list(Article.objects.published().by(ada).values_list("title", flat=True))
two = list(Article.objects.by(ada).published().values_list("title", flat=True))
print(f"published().by(ada) = {one}; by(ada).published() = {two}")
assert one == two == ["A1"]
assert list(Article.plain.published().order_by("title").values_list("title", flat=True)) == ["A1", "G1"]
assert isinstance(Article.objects.published(), ArticleQuerySet)
assert hasattr(Article.objects, "create_draft") and not hasattr(ArticleQuerySet, "create_draft")
print("as_manager() and from_queryset() expose the QuerySet methods; create_draft is manager-only")

print("\n== a filtering default manager hides rows ==")
print(f"Author._default_manager is {Author._default_manager.name!r}; "
      f"objects.count()={Author.objects.count()}, everyone.count()={Author.everyone.count()}")
assert Author._default_manager.name == "objects"
assert Author.objects.count() == 1 and Author.everyone.count() == 2
assert not Author.objects.filter(name="ghost").exists()

print("\n== related access uses the base manager, not the filtering one ==")
g1 = Article.objects.get(title="G1")
with CaptureQueriesContext(connection) as ctx:
    name = g1.author.name  # a plain SELECT by pk, without "active = True"
print(f"g1.author -> {name!r}; SQL: {ctx.captured_queries[0]['sql']}")
assert name == "ghost" and '"active"' not in ctx.captured_queries[0]["sql"].split("WHERE")[1]
assert type(Author._base_manager) is models.Manager

reverse_names = sorted(core.author_set.values_list("name", flat=True))
print(f"reverse core.author_set -> {reverse_names} (the default manager's filter applies)")
assert reverse_names == ["ada"] and isinstance(core.author_set, ActiveManager)

print("OK: custom QuerySet methods chain; as_manager/from_queryset; the first manager is the default "
      "and its filter hides rows; forward FK access goes through _base_manager, reverse managers keep the filter")
