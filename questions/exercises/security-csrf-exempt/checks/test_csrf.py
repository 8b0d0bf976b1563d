import unittest

from coach_checks import CheckFailure, configure_django, user_module

configure_django(ROOT_URLCONF="transfers", MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"])
from django.test import Client  # noqa: E402


def setUpModule():
    global transfers
    transfers = user_module("transfers")


class Csrf(unittest.TestCase):
    def test_forged_post_refused(self):
        """a cross-site POST without the CSRF token is refused with 403 and moves no money"""
        before = len(transfers.TRANSFERS)
        attacker = Client(enforce_csrf_checks=True)
        response = attacker.post("/transfer/", {"to": "mallory", "amount": "1000"})
        executed = transfers.TRANSFERS[before:]
        if response.status_code != 403 or executed:
            raise CheckFailure("A forged POST from another site was executed: the view is exempt from CSRF protection.",
                               expected="403 Forbidden, no transfer", actual=f"{response.status_code}, transfers {executed}",
                               at=transfers.transfer)

    def test_own_form_works(self):
        """the site's own form, which sends the token, still transfers"""
        client = Client(enforce_csrf_checks=True)
        client.get("/transfer/form/")
        token = client.cookies["csrftoken"].value
        response = client.post("/transfer/", {"to": "bob", "amount": "5", "csrfmiddlewaretoken": token})
        if response.status_code != 200 or transfers.TRANSFERS[-1:] != [("bob", 5)]:
            raise CheckFailure("A POST with the CSRF token must still be accepted.", expected="200 and a transfer to bob",
                               actual=f"{response.status_code}, last transfer {transfers.TRANSFERS[-1:]}")
