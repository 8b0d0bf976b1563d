import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["orders"])
from django.db import connection  # noqa: E402


def setUpModule():
    global orders
    orders = user_module("orders")
    create_tables(orders.Order)


def plan():
    """SQLite's EXPLAIN QUERY PLAN for the history query, one detail a line."""
    sql, params = orders.history("ada@example.com").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return [row[-1] for row in cursor.fetchall()]


class HistoryPlan(unittest.TestCase):
    def test_searches_an_index(self):
        """the lookup by e-mail searches an index instead of scanning the table"""
        details = plan()
        if not any("USING" in d and "INDEX" in d for d in details):
            raise CheckFailure("SQLite reads every row of the orders table to find one customer's orders.",
                               expected="SEARCH ... USING INDEX", actual="; ".join(details), at=orders.Order)

    def test_no_extra_sort(self):
        """the rows come out of the index in order, without a temporary B-tree sort"""
        details = plan()
        if any("TEMP B-TREE" in d for d in details):
            raise CheckFailure("SQLite sorts the customer's orders in a temporary B-tree on every call.",
                               expected="no USE TEMP B-TREE FOR ORDER BY", actual="; ".join(details), at=orders.Order)
