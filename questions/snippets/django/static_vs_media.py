"""Static vs media files: static files ship with the code and are gathered by
`collectstatic` into STATIC_ROOT; media files are uploaded by users at run
time through FileField into MEDIA_ROOT. In production neither is served by
Django: the `static()` URL helper returns nothing once DEBUG is False.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 static_vs_media.py
"""
import os
import sys
import tempfile

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

tmp = tempfile.TemporaryDirectory()
ROOT = tmp.name
os.makedirs(os.path.join(ROOT, "assets", "css"))
with open(os.path.join(ROOT, "assets", "css", "site.css"), "w") as fh:
    fh.write("body { font-family: sans-serif; }\n")

settings.configure(
    DEBUG=False,
    INSTALLED_APPS=["django.contrib.staticfiles"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    # static: part of the code base, versioned, collected at deploy time
    STATIC_URL="/static/",
    STATICFILES_DIRS=[os.path.join(ROOT, "assets")],
    STATIC_ROOT=os.path.join(ROOT, "collected_static"),
    # media: user uploads, created at run time, must be backed up, never trusted
    MEDIA_URL="/media/",
    MEDIA_ROOT=os.path.join(ROOT, "media"),
)
django.setup()

from django.conf.urls.static import static  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.templatetags.static import static as static_url  # noqa: E402
from django.test.utils import override_settings  # noqa: E402


class Profile(models.Model):
    avatar = models.FileField(upload_to="avatars/")  # ImageField would also need Pillow

    class Meta:
        app_label = "accounts"


print("== static: collectstatic copies app/project assets into STATIC_ROOT ==")
call_command("collectstatic", interactive=False, verbosity=0)
collected = os.path.join(settings.STATIC_ROOT, "css", "site.css")
print(f"collected file exists: {os.path.exists(collected)} -> {os.path.relpath(collected, ROOT)}")
print(f"template tag {{% static 'css/site.css' %}} -> {static_url('css/site.css')}")
assert os.path.exists(collected)
assert static_url("css/site.css") == "/static/css/site.css"

print("\n== media: a FileField saves the upload under MEDIA_ROOT, the DB keeps only the path ==")
with connection.schema_editor() as editor:
    editor.create_model(Profile)
first = Profile.objects.create(avatar=ContentFile(b"\x89PNG fake", name="me.png"))
second = Profile.objects.create(avatar=ContentFile(b"\x89PNG other", name="me.png"))
row = Profile.objects.values_list("avatar", flat=True).first()
print(f"stored in the DB column: {row!r}")
print(f"file on disk: {os.path.relpath(first.avatar.path, ROOT)}; URL: {first.avatar.url}")
print(f"same upload name again -> {second.avatar.name} (the default storage does not overwrite)")
assert row == "avatars/me.png" and os.path.exists(first.avatar.path)
assert first.avatar.url == "/media/avatars/me.png"
assert second.avatar.name != first.avatar.name and second.avatar.name.startswith("avatars/me_")

print("\n== serving: Django's helper only serves them in development ==")
for debug in (True, False):
    with override_settings(DEBUG=debug):
        patterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    print(f"DEBUG={debug!s:5}: static(MEDIA_URL, ...) adds {len(patterns)} URL pattern(s)")
    assert len(patterns) == (1 if debug else 0)
print("production: nginx/CDN/S3 serve STATIC_ROOT and MEDIA_ROOT (or WhiteNoise for static)")

tmp.cleanup()
print("OK: static = shipped assets via collectstatic/STATIC_ROOT; media = user uploads in MEDIA_ROOT")
