"""Exercise: Use filter() where several rows can match, and handle DoesNotExist

books_by() must list every book of an author (an author may have none or many), and find_by_isbn()
must return None for an unknown ISBN. Today both use get(): an author with two books raises
MultipleObjectsReturned, one with none raises DoesNotExist, and so does an unknown ISBN.
"""
from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=100)
    isbn = models.CharField(max_length=13, unique=True)

    class Meta:
        app_label = "library"


def books_by(author):
    """The titles of every book by `author`, sorted; [] when there is none."""
    return list(Book.objects.filter(author=author).order_by("title").values_list("title", flat=True))


def find_by_isbn(isbn):
    """The Book with this ISBN, or None when the library has no such book."""
    try:
        return Book.objects.get(isbn=isbn)
    except Book.DoesNotExist:
        return None
