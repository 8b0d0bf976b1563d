import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["library"])


def setUpModule():
    global library
    library = user_module("library")
    create_tables(library.Book)
    library.Book.objects.create(title="Two Scoops of Django", author="Greenfeld", isbn="9780692915721")
    library.Book.objects.create(title="Django for APIs", author="Vincent", isbn="9781735467221")
    library.Book.objects.create(title="Django for Beginners", author="Vincent", isbn="9781735467207")


class BooksBy(unittest.TestCase):
    def test_several_books(self):
        """an author with two books gets both titles"""
        titles = library.books_by("Vincent")
        expected = ["Django for APIs", "Django for Beginners"]
        if titles != expected:
            raise CheckFailure("books_by() must list every book of the author.", expected=expected, actual=titles)

    def test_no_book(self):
        """an author with no book gets an empty list, not an exception"""
        titles = library.books_by("Nobody")
        if titles != []:
            raise CheckFailure("books_by() must return [] for an author without books.", expected=[], actual=titles)


class FindByIsbn(unittest.TestCase):
    def test_unknown_isbn(self):
        """an unknown ISBN gives None"""
        found = library.find_by_isbn("0000000000000")
        if found is not None:
            raise CheckFailure("find_by_isbn() must return None for an unknown ISBN.", expected=None, actual=found)

    def test_known_isbn(self):
        """a known ISBN gives its book"""
        found = library.find_by_isbn("9780692915721")
        if getattr(found, "title", None) != "Two Scoops of Django":
            raise CheckFailure("find_by_isbn() must return the Book with that ISBN.",
                               expected="Two Scoops of Django", actual=found)
