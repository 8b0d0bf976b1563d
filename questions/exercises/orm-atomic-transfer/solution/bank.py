"""Exercise: Make the money transfer all or nothing

transfer() takes money from one account and gives it to another. When the credit fails (the target
account is frozen), the debit has already been saved and the money is gone. Make the two writes
one transaction, so a failure leaves both balances as they were, and the error still reaches the
caller.
"""
from django.db import models, transaction


class AccountFrozen(Exception):
    pass


class Account(models.Model):
    owner = models.CharField(max_length=100)
    balance = models.IntegerField()
    frozen = models.BooleanField(default=False)

    class Meta:
        app_label = "bank"


def transfer(source_id, target_id, amount):
    """Moves `amount` from one account to the other; raises AccountFrozen if the target is frozen."""
    with transaction.atomic():
        source = Account.objects.get(pk=source_id)
        source.balance -= amount
        source.save()
        target = Account.objects.get(pk=target_id)
        if target.frozen:
            raise AccountFrozen(target.owner)
        target.balance += amount
        target.save()
