"""Securing a Django API: what `manage.py check --deploy` flags, and validating input with a serializer.

Shows:
- Django's deployment checks (the same as `python manage.py check --deploy`) on typical development
  settings: DEBUG=True, a weak SECRET_KEY, empty ALLOWED_HOSTS, no HSTS / SSL redirect / secure
  cookies; then the same checks pass on hardened settings (secret read from the environment);
- a DRF serializer rejecting bad input (unknown choice, over-long string, negative amount) with 400-style
  errors, and dropping a field the client must not set (is_admin).

Needs: pip install django djangorestframework   (runs on Django 3.2 to 5.x, DRF 3.14+)
"""
import os
import secrets
import sys

try:
    import django
    from django.conf import settings
    import rest_framework  # noqa: F401
except ImportError:
    print("This example needs Django REST framework: pip install django djangorestframework")
    sys.exit(2)

SECURITY_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
settings.configure(
    DEBUG=True,
    SECRET_KEY="dev",
    ALLOWED_HOSTS=[],
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions", "rest_framework"],
    MIDDLEWARE=SECURITY_MIDDLEWARE,
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
django.setup()

from django.core import checks  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from rest_framework import serializers  # noqa: E402


def deploy_warnings():
    return sorted(m.id for m in checks.run_checks(include_deployment_checks=True) if m.id.startswith("security."))


dev = deploy_warnings()
print("development settings ->", dev)
for expected in ["security.W004", "security.W008", "security.W009", "security.W012",
                 "security.W016", "security.W018", "security.W020"]:
    assert expected in dev, expected
# W004 HSTS, W008 SSL redirect, W009 weak SECRET_KEY, W012 session cookie not Secure,
# W016 CSRF cookie not Secure, W018 DEBUG=True, W020 empty ALLOWED_HOSTS

os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))  # in real life: set by the deployment
hardened = dict(
    DEBUG=False,
    SECRET_KEY=os.environ["DJANGO_SECRET_KEY"],
    ALLOWED_HOSTS=["api.example.com"],
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=31536000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
)
with override_settings(**hardened):
    prod = deploy_warnings()
print("hardened settings    ->", prod)
assert prod == [], prod


class TransferSerializer(serializers.Serializer):
    currency = serializers.ChoiceField(choices=["EUR", "USD"])
    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=0)
    note = serializers.CharField(max_length=20, required=False)


bad = TransferSerializer(data={"currency": "BTC", "amount": "-5", "note": "x" * 500, "is_admin": True})
assert not bad.is_valid()
print("invalid input errors ->", {k: [str(e) for e in v] for k, v in bad.errors.items()})
assert set(bad.errors) == {"currency", "amount", "note"}

good = TransferSerializer(data={"currency": "EUR", "amount": "12.50", "is_admin": True})
assert good.is_valid(), good.errors
print("valid input          ->", dict(good.validated_data))
assert "is_admin" not in good.validated_data, "fields the serializer does not declare are dropped"

print("OK: check --deploy flags DEBUG/SECRET_KEY/HSTS/SSL/cookie settings until hardened; serializer validation rejects bad input")
