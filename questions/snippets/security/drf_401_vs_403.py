"""Django REST framework: authentication classes vs permission classes, 401 vs 403.

Shows:
- authentication classes identify the caller (TokenAuthentication here: "Authorization: Token <key>");
  permission classes then decide (IsAuthenticated, IsAdminUser, a custom object-level IsOwner);
- no/invalid credentials -> 401 with a WWW-Authenticate header (the client should authenticate);
- authenticated but not allowed -> 403 (authenticating again will not help);
- when the first authentication class has no WWW-Authenticate scheme (SessionAuthentication), an
  unauthenticated request gets 403, not 401.

Needs: pip install django djangorestframework   (runs on Django 3.2 + DRF 3.14 and on Django 5 + DRF 3.15+)
"""
import sys

try:
    import django
    from django.conf import settings
    import rest_framework  # noqa: F401
except ImportError:
    print("This example needs Django REST framework: pip install django djangorestframework")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "rest_framework",
        "rest_framework.authtoken",
    ],
    MIDDLEWARE=[],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": [
            "rest_framework.authentication.TokenAuthentication",
            "rest_framework.authentication.SessionAuthentication",
        ],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    },
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.authentication import SessionAuthentication  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402
from rest_framework.permissions import BasePermission, IsAdminUser, IsAuthenticated  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.views import APIView  # noqa: E402

call_command("migrate", verbosity=0)
alice = User.objects.create_user("alice")
bob = User.objects.create_user("bob")
NOTES = {1: {"owner": alice.pk, "text": "alice's note"}, 2: {"owner": bob.pk, "text": "bob's note"}}


class IsOwner(BasePermission):
    """Object-level rule: only the note's owner may read it."""

    def has_object_permission(self, request, view, obj):
        return obj["owner"] == request.user.pk


class NoteDetail(APIView):
    permission_classes = [IsAuthenticated, IsOwner]

    def get(self, request, pk):
        note = NOTES[pk]
        self.check_object_permissions(request, note)  # generic views do this in get_object()
        return Response(note)


class Stats(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        return Response({"notes": len(NOTES)})


class SessionOnly(APIView):
    authentication_classes = [SessionAuthentication]

    def get(self, request):
        return Response({"ok": True})


urlpatterns = [
    path("notes/<int:pk>/", NoteDetail.as_view()),
    path("stats/", Stats.as_view()),
    path("session-only/", SessionOnly.as_view()),
]

c = Client()
alice_token = Token.objects.create(user=alice).key
as_alice = {"HTTP_AUTHORIZATION": f"Token {alice_token}"}


def show(label, r):
    extra = f"  WWW-Authenticate: {r['WWW-Authenticate']}" if r.has_header("WWW-Authenticate") else ""
    print(f"{label:<44} -> {r.status_code} {r.json()}{extra}")
    return r


r = show("anonymous GET /notes/1/", c.get("/notes/1/"))
assert r.status_code == 401 and r["WWW-Authenticate"] == 'Token'
r = show("bad token GET /notes/1/", c.get("/notes/1/", HTTP_AUTHORIZATION="Token not-a-real-token"))
assert r.status_code == 401
r = show("alice GET /notes/1/ (her note)", c.get("/notes/1/", **as_alice))
assert r.status_code == 200
r = show("alice GET /notes/2/ (bob's note, IsOwner)", c.get("/notes/2/", **as_alice))
assert r.status_code == 403
r = show("alice GET /stats/ (IsAdminUser)", c.get("/stats/", **as_alice))
assert r.status_code == 403 and not r.has_header("WWW-Authenticate")
r = show("anonymous GET /session-only/", c.get("/session-only/"))
assert r.status_code == 403, "SessionAuthentication has no WWW-Authenticate scheme, so DRF answers 403"

print("OK: DRF returns 401 + WWW-Authenticate for missing/invalid credentials and 403 when authenticated but not permitted")
