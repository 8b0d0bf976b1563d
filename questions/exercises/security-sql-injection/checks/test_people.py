import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["people"])


def setUpModule():
    global people
    people = user_module("people")
    create_tables(people.Person)
    for first, last in (("Ada", "Lovelace"), ("Grace", "Hopper"), ("Conan", "O'Brien"), ("Flann", "O'Brien")):
        people.Person.objects.create(first_name=first, last_name=last)


class FindPeople(unittest.TestCase):
    def test_injection_returns_nothing(self):
        """a crafted last name (' OR '1'='1) matches nobody"""
        found = people.find_people("x' OR '1'='1")
        if found:
            raise CheckFailure("The search term was run as SQL: it returned every person in the table.",
                               expected=[], actual=found, at=people.find_people)

    def test_apostrophe_in_name(self):
        """a last name with an apostrophe (O'Brien) is found"""
        found = people.find_people("O'Brien")
        if found != ["Conan", "Flann"]:
            raise CheckFailure("A last name with an apostrophe must be searched as a value.",
                               expected=["Conan", "Flann"], actual=found, at=people.find_people)

    def test_plain_name(self):
        """a plain last name is found"""
        found = people.find_people("Hopper")
        if found != ["Grace"]:
            raise CheckFailure("find_people('Hopper') must find Grace.", expected=["Grace"], actual=found)
