"""Exercise: Pass the search term as a query parameter

find_people() builds its SQL with an f-string. A last name like O'Brien breaks the query, and a
crafted one (' OR '1'='1) returns every person in the table. Keep the raw SQL but let the database
driver pass the value, so any text is only ever a value.
"""
from django.db import connection, models


class Person(models.Model):
    first_name = models.CharField(max_length=50)
    last_name = models.CharField(max_length=50)

    class Meta:
        app_label = "people"


def find_people(last_name):
    """First names of the people with this last name, sorted."""
    table = Person._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT first_name FROM {table} WHERE last_name = %s ORDER BY first_name", [last_name])
        return [row[0] for row in cursor.fetchall()]
