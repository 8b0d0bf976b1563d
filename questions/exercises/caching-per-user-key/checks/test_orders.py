import unittest

from coach_checks import CheckFailure, configure_django, create_tables, user_module

configure_django(app_labels=["orders"])


def setUpModule():
    global orders
    orders = user_module("orders")
    create_tables(orders.Order)
    orders.Order.objects.create(user_id=1, item="keyboard")
    orders.Order.objects.create(user_id=2, item="monitor")


class PerUser(unittest.TestCase):
    def test_each_user_own_orders(self):
        """Ada and then Bob each see only their own orders"""
        seen = (orders.my_orders(1), orders.my_orders(2))
        if seen != (["keyboard"], ["monitor"]):
            raise CheckFailure("One user's cached orders were shown to another user.",
                               expected="Ada ['keyboard'], Bob ['monitor']", actual=f"Ada {seen[0]}, Bob {seen[1]}",
                               at=orders.my_orders)
