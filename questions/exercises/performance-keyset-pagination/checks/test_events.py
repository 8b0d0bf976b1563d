import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["events"])
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def setUpModule():
    global events
    events = user_module("events")
    create_tables(events.Event)
    events.Event.objects.bulk_create([events.Event(name=f"e{n}") for n in range(1, 101)])


class Keyset(unittest.TestCase):
    def test_no_offset_in_deep_page(self):
        """a deep page's SQL has no OFFSET"""
        cursor = None
        for _ in range(3):
            _, cursor = events.list_events(cursor)
        with CaptureQueriesContext(connection) as queries:
            events.list_events(cursor)
        sql = " ".join(q["sql"] for q in queries)
        if "OFFSET" in sql.upper():
            raise CheckFailure("The fourth page still makes the database skip the rows of the first three.",
                               expected="WHERE id > ? ... LIMIT 20, no OFFSET", actual=sql, at=events.list_events)

    def test_nothing_skipped_after_delete(self):
        """deleting a row of page 1 does not make page 2 skip an event"""
        first, cursor = events.list_events(None, size=10)
        events.Event.objects.filter(name=first[0]).delete()
        second, _ = events.list_events(cursor, size=10)
        expected = [f"e{n}" for n in range(11, 21)]
        if second != expected:
            raise CheckFailure("After a delete on page 1, page 2 skipped an event the client never saw.",
                               expected=expected[:3] + ["…"], actual=second[:3] + ["…"], at=events.list_events)
