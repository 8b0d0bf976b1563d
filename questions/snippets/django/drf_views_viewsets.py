"""DRF views: APIView vs generic views vs ViewSets with a router.

Shows, against the real Django REST framework, with APIClient:
- an `APIView` answers only the methods it defines (405 + Allow otherwise) and you write each
  handler yourself;
- a `ModelViewSet` gives list/create/retrieve/update/partial_update/destroy from a queryset and
  a serializer; a `DefaultRouter` generates the URL patterns and their names (`note-list`,
  `note-detail`);
- `get_queryset()` scopes the rows per request (other users' notes give 404) and
  `perform_create()` sets fields the client must not send (the owner).

Needs: pip install django djangorestframework   (Debian: apt install python3-djangorestframework)
"""
import os
import sys
import types

try:
    import django
    from django.conf import settings
    import rest_framework  # noqa: F401
except ImportError as exc:
    print(f"This snippet needs Django and DRF: pip install django djangorestframework  ({exc})")
    sys.exit(2)

sys.modules["notes"] = types.ModuleType("notes")  # a stand-in installed app
sys.modules["notes"].__file__ = os.path.abspath(__file__)
settings.configure(
    SECRET_KEY="demo-only",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework", "notes"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    REST_FRAMEWORK={"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]},
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.urls import path, reverse  # noqa: E402
from rest_framework import serializers, viewsets  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.routers import DefaultRouter  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class Note(models.Model):
    owner = models.ForeignKey(User, on_delete=models.CASCADE)
    text = models.CharField(max_length=100)

    class Meta:
        app_label = "notes"


class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Note
        fields = ["id", "text", "owner"]
        read_only_fields = ["owner"]


class StatsView(APIView):  # explicit: one handler per method you support
    def get(self, request):
        return Response({"my_notes": Note.objects.filter(owner=request.user).count()})


class NoteViewSet(viewsets.ModelViewSet):  # all CRUD actions from a queryset and a serializer
    serializer_class = NoteSerializer

    def get_queryset(self):  # per request: only the caller's notes
        return Note.objects.filter(owner=self.request.user).order_by("id")

    def perform_create(self, serializer):  # the server decides the owner
        serializer.save(owner=self.request.user)


router = DefaultRouter()
router.register("notes", NoteViewSet, basename="note")
urlpatterns = [path("stats/", StatsView.as_view())] + router.urls

call_command("migrate", run_syncdb=True, verbosity=0)
if "notes_note" not in connection.introspection.table_names():  # syncdb may have made it already
    with connection.schema_editor() as editor:
        editor.create_model(Note)
ada = User.objects.create_user("ada", password="pw")
bob = User.objects.create_user("bob", password="pw")

names = sorted({p.name for p in router.urls if p.name})
print(f"router generated URL names: {names}")
assert {"note-list", "note-detail", "api-root"} <= set(names)
print(f"reverse('note-detail', args=[1]) -> {reverse('note-detail', args=[1])}")
assert reverse("note-detail", args=[1]) == "/notes/1/"

client = APIClient()
r = client.get("/notes/")
print(f"anonymous GET /notes/ -> {r.status_code}")
assert r.status_code in (401, 403)  # IsAuthenticated (403 without an authenticate header scheme)

client.force_authenticate(user=ada)
r = client.post("/notes/", {"text": "buy milk", "owner": bob.pk}, format="json")
print(f"POST /notes/ (tries owner=bob) -> {r.status_code} {r.json()}")
assert r.status_code == 201 and r.json()["owner"] == ada.pk  # perform_create won
note_id = r.json()["id"]
r = client.patch(f"/notes/{note_id}/", {"text": "buy oat milk"}, format="json")
assert r.status_code == 200 and r.json()["text"] == "buy oat milk"
r = client.get("/notes/")
print(f"GET /notes/ -> {r.status_code} {r.json()}")
assert [n["text"] for n in r.json()] == ["buy oat milk"]

client.force_authenticate(user=bob)
r = client.get(f"/notes/{note_id}/")
print(f"bob GET /notes/{note_id}/ -> {r.status_code} (get_queryset hides ada's note)")
assert r.status_code == 404
r = client.delete(f"/notes/{note_id}/")
assert r.status_code == 404 and Note.objects.filter(pk=note_id).exists()

client.force_authenticate(user=ada)
r = client.get("/stats/")
r_post = client.post("/stats/", {}, format="json")
print(f"APIView GET /stats/ -> {r.status_code} {r.json()}; POST -> {r_post.status_code} Allow: {r_post['Allow']}")
assert r.json() == {"my_notes": 1} and r_post.status_code == 405 and "POST" not in r_post["Allow"]
r = client.delete(f"/notes/{note_id}/")
assert r.status_code == 204 and not Note.objects.exists()

print("OK: APIView = explicit handlers (405 otherwise); ModelViewSet + router = CRUD and named URLs; "
      "get_queryset scopes rows, perform_create sets the owner")
