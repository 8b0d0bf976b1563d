import unittest

from coach_checks import CheckFailure, configure_django, user_module

configure_django(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"])
from django.contrib.auth.hashers import identify_hasher  # noqa: E402

SLOW = ("pbkdf2_sha256", "argon2", "bcrypt_sha256", "scrypt")


def setUpModule():
    global passwords
    passwords = user_module("passwords")


class Hashing(unittest.TestCase):
    def test_slow_hasher(self):
        """the stored value names a slow password hasher (PBKDF2, Argon2, bcrypt, scrypt)"""
        stored = passwords.hash_password("correct horse")
        try:
            algorithm = identify_hasher(stored).algorithm
        except ValueError:
            algorithm = "none (not algorithm$...$hash)"
        if algorithm not in SLOW:
            raise CheckFailure("The stored password is not made by a password hasher: a GPU tries billions of sha256 a second.",
                               expected=" or ".join(SLOW), actual=f"{algorithm}: {stored[:40]}", at=passwords.hash_password)

    def test_salted(self):
        """the same password stored twice gives two different values (a salt)"""
        first, second = passwords.hash_password("hunter2"), passwords.hash_password("hunter2")
        if first == second:
            raise CheckFailure("Two users with the same password get the same stored value: no salt.",
                               expected="two different strings", actual=f"twice {first[:40]}", at=passwords.hash_password)

    def test_verify(self):
        """verify_password accepts the right password and refuses a wrong one"""
        stored = passwords.hash_password("s3cret!")
        results = (passwords.verify_password("s3cret!", stored), passwords.verify_password("guess", stored))
        if results != (True, False):
            raise CheckFailure("verify_password() must accept the password and refuse any other.",
                               expected="(True, False)", actual=str(results), at=passwords.verify_password)
