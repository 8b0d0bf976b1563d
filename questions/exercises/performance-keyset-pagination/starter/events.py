"""Exercise: Replace deep OFFSET pagination with a keyset cursor

list_events(cursor) pages through a large events table with OFFSET: the database reads and throws
away every row before the page, and when rows are deleted between two pages the client silently
skips some. Make the cursor the last id seen and fetch the next page with WHERE id > cursor.
"""
from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        app_label = "events"


def list_events(cursor=None, size=20):
    """(names on this page, cursor for the next page or None). The first page has cursor None."""
    page_number = int(cursor or 0)
    rows = list(Event.objects.order_by("id")[page_number * size:(page_number + 1) * size])
    next_cursor = str(page_number + 1) if len(rows) == size else None
    return [row.name for row in rows], next_cursor
