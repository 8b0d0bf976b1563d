"""annotate() vs aggregate(): aggregate() collapses the whole QuerySet into one
dict; annotate() adds a computed value to every row (GROUP BY per object, or
per values() group). Also the classic trap: two multi-valued joins in one
annotate() multiply each other unless you use distinct=True or subqueries.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 annotate_vs_aggregate.py
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
from django.db.models import Avg, Count, Max, Q, Sum  # noqa: E402


class Author(models.Model):
    name = models.CharField(max_length=50)
    country = models.CharField(max_length=20)

    class Meta:
        app_label = "library"


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    pages = models.IntegerField()
    price = models.IntegerField()

    class Meta:
        app_label = "library"


class Award(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="awards")

    class Meta:
        app_label = "library"


with connection.schema_editor() as editor:
    for model in (Author, Book, Award):
        editor.create_model(model)
austen = Author.objects.create(name="Austen", country="UK")
orwell = Author.objects.create(name="Orwell", country="UK")
twain = Author.objects.create(name="Twain", country="US")
for author, pages, price in [(austen, 400, 10), (austen, 300, 12), (orwell, 320, 9),
                             (orwell, 110, 6), (orwell, 250, 8), (twain, 360, 11)]:
    Book.objects.create(author=author, pages=pages, price=price)
for author in (austen, austen, austen, orwell):
    Award.objects.create(author=author)

print("== aggregate(): one summary for the whole QuerySet -> dict ==")
summary = Book.objects.aggregate(total=Count("id"), avg_price=Avg("price"), longest=Max("pages"))
print(summary)
assert summary["total"] == 6 and round(summary["avg_price"], 2) == 9.33 and summary["longest"] == 400

print("\n== annotate(): a value per row -> QuerySet ==")
per_author = Author.objects.annotate(n_books=Count("books"), pages=Sum("books__pages")).order_by("name")
for a in per_author:
    print(f"  {a.name:7} books={a.n_books} pages={a.pages}")
assert [(a.name, a.n_books) for a in per_author] == [("Austen", 2), ("Orwell", 3), ("Twain", 1)]

print("\n== values() + annotate(): GROUP BY a column ==")
by_country = Book.objects.values("author__country").annotate(books=Count("id")).order_by("author__country")
print(list(by_country))
assert list(by_country) == [{"author__country": "UK", "books": 5}, {"author__country": "US", "books": 1}]

print("\n== filter after annotate = HAVING; conditional aggregate with filter= ==")
prolific = Author.objects.annotate(n=Count("books")).filter(n__gte=2).values_list("name", flat=True)
cheap = Author.objects.annotate(cheap=Count("books", filter=Q(books__price__lt=10))).order_by("name")
print(f"authors with >= 2 books: {sorted(prolific)}")
print(f"cheap books per author: {[(a.name, a.cheap) for a in cheap]}")
assert sorted(prolific) == ["Austen", "Orwell"]
assert [(a.name, a.cheap) for a in cheap] == [("Austen", 0), ("Orwell", 3), ("Twain", 0)]

print("\n== annotate() then aggregate(): aggregate over per-row values ==")
avg_books = Author.objects.annotate(n=Count("books")).aggregate(avg=Avg("n"))
print(avg_books)
assert avg_books == {"avg": 2.0}

print("\n== trap: two multi-valued relations in one annotate() ==")
wrong = Author.objects.annotate(b=Count("books"), w=Count("awards")).get(name="Austen")
right = Author.objects.annotate(b=Count("books", distinct=True), w=Count("awards", distinct=True)).get(name="Austen")
print(f"Austen, plain Count:         books={wrong.b} awards={wrong.w}  (2 books x 3 awards joined)")
print(f"Austen, Count(distinct=True): books={right.b} awards={right.w}")
assert (wrong.b, wrong.w) == (6, 6) and (right.b, right.w) == (2, 3)

print("OK: aggregate() returns one dict; annotate() adds a value per row/group (mind join multiplication)")
