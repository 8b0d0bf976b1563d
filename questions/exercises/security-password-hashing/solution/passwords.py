"""Exercise: Store passwords with a slow, salted hash

hash_password() stores sha256(password): fast to brute-force, and two users with the same password
get the same stored value. Store passwords the way Django does (a salted, slow hasher such as
PBKDF2, in Django's algorithm$iterations$salt$hash format), and make verify_password() check
against that.
"""
from django.contrib.auth.hashers import check_password, make_password


def hash_password(password):
    """The string to store for this password."""
    return make_password(password)


def verify_password(password, stored):
    """True when `password` is the one `stored` was made from."""
    return check_password(password, stored)
