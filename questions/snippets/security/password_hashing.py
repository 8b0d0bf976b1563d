"""Storing passwords: a slow, salted, one-way hash (Django's PBKDF2 by default), never plain or fast hashes.

Shows:
- make_password() twice on the same password gives different strings: a random salt per user;
- the stored format "algorithm$iterations$salt$hash" records how it was made, so Django can verify
  old hashes and upgrade them (check_password's setter re-hashes when the iteration count is raised);
- the hasher is deliberately slow (hundreds of thousands of PBKDF2-SHA256 iterations) compared with
  one SHA-256, which is what makes offline guessing expensive; a plain SHA-256 is identical for equal
  passwords (rainbow tables) and fast to brute-force.

Needs: pip install django   (runs on Django 3.2 to 5.x; Argon2 needs pip install "django[argon2]")
"""
import hashlib
import sys
import time

try:
    import django
    from django.conf import settings
except ImportError:
    print("This example needs Django: pip install django")
    sys.exit(2)

settings.configure(SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
django.setup()

from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, identify_hasher, make_password  # noqa: E402

password = "correct horse battery staple"
h1, h2 = make_password(password), make_password(password)
print("hash 1:", h1)
print("hash 2:", h2)
assert h1 != h2, "random salt: equal passwords get different hashes"
algorithm, iterations, salt, digest = h1.split("$")
assert algorithm == identify_hasher(h1).algorithm == "pbkdf2_sha256"
assert int(iterations) >= 260_000
print(f"format: algorithm={algorithm} iterations={iterations} salt={salt} hash={digest[:12]}...")

t = time.perf_counter()
assert check_password(password, h1)
slow = time.perf_counter() - t
assert not check_password("correct horse battery stapler", h1)

t = time.perf_counter()
for _ in range(1000):
    hashlib.sha256(password.encode()).hexdigest()
fast = (time.perf_counter() - t) / 1000
print(f"one PBKDF2 check: {slow * 1000:.0f} ms   one plain SHA-256: {fast * 1e6:.1f} us   ratio ~{slow / fast:,.0f}x")
assert slow / fast > 1000, "a password hash must be slow on purpose"
assert hashlib.sha256(password.encode()).hexdigest() == hashlib.sha256(password.encode()).hexdigest(), "unsalted: same output"

# A hash made years ago with fewer iterations still verifies, and is upgraded on the next login.
old = PBKDF2PasswordHasher().encode(password, "oldsalt1234", iterations=10_000)
upgraded = []
assert check_password(password, old, setter=lambda raw: upgraded.append(make_password(raw)))
print("old hash:", old[:40] + "...", "-> re-hashed on login:", upgraded[0][:30] + "...")
assert upgraded and upgraded[0].split("$")[1] == iterations

print("OK: salted PBKDF2 hashes differ per user, verify with check_password, are >1000x slower than SHA-256, and old ones get upgraded")
