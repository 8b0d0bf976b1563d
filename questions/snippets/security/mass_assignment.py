"""Mass assignment (OWASP API3:2023, Broken Object Property Level Authorization) with DRF serializers.

Shows (Django + DRF, in-memory SQLite):
- a ModelSerializer with fields="__all__" accepts every model field from the request body: a user
  updating their profile sends {"is_admin": true, "credit": 10**6} and the serializer saves it;
- an explicit allow-list (fields = [...] plus read_only_fields) makes DRF silently ignore the extra
  keys: is_admin and credit stay as they were;
- the read side of the same risk (excessive data exposure): "__all__" also returns the password
  hash field; an explicit field list does not.

Needs: pip install django djangorestframework   (runs on Django 3.2 to 6.x, DRF 3.14+)
"""
import sys

try:
    import django
    import rest_framework  # noqa: F401
    from django.conf import settings
except ImportError:
    print("This example needs Django and DRF: pip install django djangorestframework")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
django.setup()

from django.db import connection, models  # noqa: E402
from rest_framework import serializers  # noqa: E402


class Profile(models.Model):
    display_name = models.CharField(max_length=50)
    bio = models.TextField(blank=True)
    is_admin = models.BooleanField(default=False)
    credit = models.IntegerField(default=0)
    password_hash = models.CharField(max_length=128, default="pbkdf2_sha256$...")

    class Meta:
        app_label = "demo"


with connection.schema_editor() as editor:
    editor.create_model(Profile)


class AllFields(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = "__all__"


class ProfileUpdate(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = ["id", "display_name", "bio", "is_admin"]
        read_only_fields = ["id", "is_admin"]   # shown to the client, never written from input


body = {"display_name": "Mallory", "bio": "hi", "is_admin": True, "credit": 10 ** 6}
print("PATCH /api/profile/ body:", body)

victim = Profile.objects.create(display_name="mallory")
s = AllFields(victim, data=body, partial=True)
assert s.is_valid(), s.errors
s.save()
victim.refresh_from_db()
print('fields="__all__"      -> saved is_admin =', victim.is_admin, "| credit =", victim.credit)
assert victim.is_admin is True and victim.credit == 10 ** 6, "every model field was writable"
assert "password_hash" in AllFields(victim).data, '"__all__" also exposes internal fields'

safe = Profile.objects.create(display_name="mallory")
s = ProfileUpdate(safe, data=body, partial=True)
assert s.is_valid(), s.errors
print("explicit fields       -> validated_data =", dict(s.validated_data))
s.save()
safe.refresh_from_db()
print("                         saved is_admin =", safe.is_admin, "| credit =", safe.credit,
      "| response keys:", sorted(ProfileUpdate(safe).data))
assert "is_admin" not in s.validated_data and "credit" not in s.validated_data
assert safe.is_admin is False and safe.credit == 0 and safe.display_name == "Mallory"
assert "password_hash" not in ProfileUpdate(safe).data

print('OK: fields="__all__" let the client set is_admin and credit and exposed password_hash; an explicit field '
      "list with read_only_fields ignored them")
