import unittest

from coach_checks import CheckFailure, user_module


def setUpModule():
    global payments
    payments = user_module("payments")


class Retry(unittest.TestCase):
    def test_retry_charges_once(self):
        """the same payment sent three times with one Idempotency-Key charges once"""
        client = payments.app.test_client()
        before = len(payments.CHARGES)
        answers = [client.post("/payments", json={"card": "4242", "amount": 30}, headers={"Idempotency-Key": "k-1"})
                   for _ in range(3)]
        charged = len(payments.CHARGES) - before
        if charged != 1:
            raise CheckFailure("A retried payment was charged again.", expected="1 charge", actual=f"{charged} charges",
                               at=payments.create_payment)
        bodies = {(a.status_code, a.get_data(as_text=True)) for a in answers}
        if len(bodies) != 1:
            raise CheckFailure("A retry must get the same response as the first request.",
                               expected="three identical responses", actual=sorted(bodies))

    def test_different_keys_charge_twice(self):
        """two payments with different keys are two charges"""
        client = payments.app.test_client()
        before = len(payments.CHARGES)
        for key in ("k-2", "k-3"):
            client.post("/payments", json={"card": "4242", "amount": 5}, headers={"Idempotency-Key": key})
        if len(payments.CHARGES) - before != 2:
            raise CheckFailure("Different Idempotency-Keys are different payments.", expected="2 charges",
                               actual=f"{len(payments.CHARGES) - before} charges")
