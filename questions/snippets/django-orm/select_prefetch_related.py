"""The N+1 problem and its two fixes, with counted queries:
- select_related(): follows ForeignKey/OneToOne with a SQL JOIN -> 1 query;
- prefetch_related(): reverse FK / many-to-many, one extra query per relation,
  joined in Python -> 2 queries whatever the number of rows.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 select_prefetch_related.py
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
from django.db.models import Prefetch  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Author(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "library"


class Tag(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        app_label = "library"


class Book(models.Model):
    title = models.CharField(max_length=100)
    year = models.IntegerField()
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    tags = models.ManyToManyField(Tag, related_name="books")

    class Meta:
        app_label = "library"


with connection.schema_editor() as editor:
    for model in (Author, Tag, Book):
        editor.create_model(model)

classic, new = Tag.objects.create(name="classic"), Tag.objects.create(name="new")
for i, name in enumerate(["Austen", "Orwell", "Tolkien"]):
    author = Author.objects.create(name=name)
    for j in range(2):  # 6 books, 2 per author
        book = Book.objects.create(title=f"{name} #{j + 1}", year=1900 + 10 * i + j, author=author)
        book.tags.add(classic if j == 0 else new)


def count(label, fn):
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    print(f"{label:56} {len(ctx):2} queries")
    return len(ctx), result


print("== forward ForeignKey: book.author ==")
n_plus_one, a = count("N+1: Book.objects.all(), then book.author.name",
                      lambda: [(b.title, b.author.name) for b in Book.objects.all()])
joined, b = count("select_related('author') (one JOIN)",
                  lambda: [(b.title, b.author.name) for b in Book.objects.select_related("author")])
assert a == b and (n_plus_one, joined) == (7, 1)

print("\n== reverse ForeignKey: author.books ==")
n_plus_one, a = count("N+1: Author.objects.all(), then author.books.all()",
                      lambda: [(x.name, [b.title for b in x.books.all()]) for x in Author.objects.all()])
prefetched, b = count("prefetch_related('books') (IN query)",
                      lambda: [(x.name, [b.title for b in x.books.all()])
                               for x in Author.objects.prefetch_related("books")])
assert a == b and (n_plus_one, prefetched) == (4, 2)

print("\n== many-to-many + both at once ==")
n_plus_one, a = count("N+1: book.author + book.tags.all()",
                      lambda: [(b.author.name, [t.name for t in b.tags.all()]) for b in Book.objects.all()])
combined, b = count("select_related('author').prefetch_related('tags')",
                    lambda: [(b.author.name, [t.name for t in b.tags.all()])
                             for b in Book.objects.select_related("author").prefetch_related("tags")])
assert a == b and (n_plus_one, combined) == (13, 2)

print("\n== Prefetch() with a filtered queryset ==")
recent = Prefetch("books", queryset=Book.objects.filter(year__gte=1910).order_by("-year"), to_attr="recent_books")
n, result = count("Prefetch('books', queryset=..., to_attr='recent_books')",
                  lambda: {x.name: [b.title for b in x.recent_books] for x in Author.objects.prefetch_related(recent)})
print(f"  {result}")
assert n == 2 and result["Austen"] == [] and result["Tolkien"] == ["Tolkien #2", "Tolkien #1"]

print("\n== pitfall: filtering a prefetched relation goes back to the database ==")
authors = list(Author.objects.prefetch_related("books"))
n, _ = count("author.books.filter(year__gt=0) after prefetch",
             lambda: [list(x.books.filter(year__gt=0)) for x in authors])
assert n == 3  # one per author: the prefetch cache only serves .all()

print("OK: N+1 turned 7 queries into 1 with select_related and 4 into 2 with prefetch_related")
