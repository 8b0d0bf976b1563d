import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["bank"])


def setUpModule():
    global bank
    bank = user_module("bank")
    create_tables(bank.Account)


class Transfer(unittest.TestCase):
    def test_failed_transfer_changes_nothing(self):
        """a transfer to a frozen account leaves both balances unchanged and raises"""
        alice = bank.Account.objects.create(owner="alice", balance=100)
        frozen = bank.Account.objects.create(owner="mallory", balance=0, frozen=True)
        with self.assertRaises(bank.AccountFrozen, msg="transfer() must still raise AccountFrozen"):
            bank.transfer(alice.pk, frozen.pk, 30)
        balances = (bank.Account.objects.get(pk=alice.pk).balance, bank.Account.objects.get(pk=frozen.pk).balance)
        if balances != (100, 0):
            raise CheckFailure("The transfer failed, but the money left the source account anyway.",
                               expected="alice 100, mallory 0", actual=f"alice {balances[0]}, mallory {balances[1]}",
                               at=bank.transfer)

    def test_transfer_moves_money(self):
        """a transfer between open accounts moves the amount"""
        a = bank.Account.objects.create(owner="a", balance=50)
        b = bank.Account.objects.create(owner="b", balance=5)
        bank.transfer(a.pk, b.pk, 20)
        balances = (bank.Account.objects.get(pk=a.pk).balance, bank.Account.objects.get(pk=b.pk).balance)
        if balances != (30, 25):
            raise CheckFailure("transfer() must move the amount.", expected="30 and 25", actual=f"{balances[0]} and {balances[1]}")
