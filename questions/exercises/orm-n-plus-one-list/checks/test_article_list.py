import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["blog"])
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def setUpModule():
    global blog
    blog = user_module("blog")
    create_tables(blog.Author, blog.Tag, blog.Article)
    ada, linus = blog.Author.objects.create(name="Ada"), blog.Author.objects.create(name="Linus")
    tags = [blog.Tag.objects.create(name=name) for name in ("orm", "sql", "django")]
    for n in range(10):
        article = blog.Article.objects.create(title=f"Post {n}", author=ada if n % 2 else linus)
        article.tags.set(tags[: n % 3 + 1])


class ArticleList(unittest.TestCase):
    def test_at_most_two_queries(self):
        """the list of 10 articles takes at most 2 queries"""
        with CaptureQueriesContext(connection) as queries:
            blog.article_list()
        if len(queries) > 2:
            raise CheckFailure(
                f"article_list() ran {len(queries)} queries for 10 articles: one more per article "
                "means the author or the tags are fetched row by row (N+1).",
                expected="2 queries or fewer", actual=f"{len(queries)} queries", at=blog.article_list)

    def test_same_rows(self):
        """the rows are the same as before: title, author, sorted tags, newest first"""
        rows = blog.article_list()
        expected_first = {"title": "Post 9", "author": "Ada", "tags": ["orm"]}
        expected_second = {"title": "Post 8", "author": "Linus", "tags": ["django", "orm", "sql"]}
        if len(rows) != 10 or rows[0] != expected_first or rows[1] != expected_second:
            raise CheckFailure("article_list() no longer returns the same rows.",
                               expected=f"10 rows starting {expected_first}, {expected_second}",
                               actual=f"{len(rows)} rows starting {rows[:2]}", at=blog.article_list)
