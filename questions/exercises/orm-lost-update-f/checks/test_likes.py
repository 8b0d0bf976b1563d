import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["likes"])
from django.db import connection  # noqa: E402


def setUpModule():
    global likes
    likes = user_module("likes")
    create_tables(likes.Article)


class ConcurrentRequest:
    """After the first read of the articles table, another "request" adds a like (raw SQL, committed)."""

    def __init__(self, table):
        self.table, self.fired = table, False

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not self.fired and sql.lstrip().upper().startswith("SELECT") and self.table in sql:
            self.fired = True
            with connection.cursor() as cursor:
                cursor.execute(f'UPDATE "{self.table}" SET "likes" = "likes" + 1')
        return result


class Like(unittest.TestCase):
    def test_no_lost_update(self):
        """a like added by another request in the middle of like() is kept"""
        article = likes.Article.objects.create(title="F() expressions", likes=10)
        other = ConcurrentRequest(likes.Article._meta.db_table)
        with connection.execute_wrapper(other):
            likes.like(article.pk)
        stored = likes.Article.objects.get(pk=article.pk).likes
        if stored != 12:
            raise CheckFailure(
                "Another request liked the article while like() ran, and one of the two likes was lost: "
                "the value read in Python was written back over it.",
                expected="12 likes (10 + the other request's + yours)", actual=f"{stored} likes", at=likes.like)

    def test_returns_new_count(self):
        """like() returns the new number of likes"""
        article = likes.Article.objects.create(title="Counting", likes=3)
        returned = likes.like(article.pk)
        if returned != 4:
            raise CheckFailure("like() must return the article's new number of likes.", expected=4, actual=returned)
