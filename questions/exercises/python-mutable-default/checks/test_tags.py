import unittest

from coach_checks import CheckFailure, user_module


def setUpModule():
    global tags
    tags = user_module("tags")


class AddTag(unittest.TestCase):
    def test_calls_independent(self):
        """two calls without tags each return just their own tag"""
        first, second = tags.add_tag("django"), tags.add_tag("python")
        if (first, second) != (["django"], ["python"]):
            raise CheckFailure("The second call saw the first call's tag: the default list is shared.",
                               expected="['django'] then ['python']", actual=f"{first} then {second}", at=tags.add_tag)

    def test_caller_list_untouched(self):
        """the list the caller passes is not modified"""
        mine = ["orm"]
        result = tags.add_tag("sql", mine)
        if mine != ["orm"] or result != ["orm", "sql"]:
            raise CheckFailure("add_tag() must return a new list and leave the caller's list alone.",
                               expected="mine ['orm'], result ['orm', 'sql']", actual=f"mine {mine}, result {result}",
                               at=tags.add_tag)
