import unittest

from coach_checks import CheckFailure, configure_django, migrate, user_module

middleware = user_module("middleware")
configure_django(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    MIDDLEWARE=middleware.MIDDLEWARE, ROOT_URLCONF="checks_urls")
from django.contrib.auth.models import User  # noqa: E402
from django.test import Client  # noqa: E402


def setUpModule():
    migrate()


class UserHeader(unittest.TestCase):
    def test_logged_in_user_named(self):
        """a logged-in request gets X-User with the username"""
        client = Client(raise_request_exception=False)
        client.force_login(User.objects.create_user("ada", password="pw"))
        response = client.get("/hello/")
        if response.status_code != 200 or response.get("X-User") != "ada":
            raise CheckFailure("The response of a logged-in request must carry X-User: ada.",
                               expected="200 with X-User: ada",
                               actual=f"{response.status_code} with X-User: {response.get('X-User')}",
                               at=middleware)

    def test_anonymous_named(self):
        """an anonymous request gets X-User: anonymous"""
        response = Client(raise_request_exception=False).get("/hello/")
        if response.status_code != 200 or response.get("X-User") != "anonymous":
            raise CheckFailure("An anonymous request must get X-User: anonymous.", expected="200 with X-User: anonymous",
                               actual=f"{response.status_code} with X-User: {response.get('X-User')}", at=middleware)
