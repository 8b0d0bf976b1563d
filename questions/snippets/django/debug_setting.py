"""DEBUG = True vs False: with DEBUG on, an error page shows the traceback, the
local variables and your settings (only names that look secret are masked),
404s list every URL pattern, every SQL query is recorded in memory, and an empty
ALLOWED_HOSTS still lets localhost in. Production runs with DEBUG = False.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 debug_setting.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

SECRET = "k8$zq-this-is-the-real-signing-key-do-not-leak-0123456789"
settings.configure(
    DEBUG=False,
    SECRET_KEY=SECRET,
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],  # validates the Host header
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    USE_TZ=True,
    # a custom setting whose name does not look secret: DEBUG pages show it in clear
    PAYMENT_GATEWAY_URL="https://shop:hunter2@payments.example/api",
    # keep the expected error logs of this demo off the console
    LOGGING={"version": 1, "disable_existing_loggers": False, "loggers": {
        "django.request": {"level": "CRITICAL"}, "django.security": {"level": "CRITICAL"}}},
)
django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import path  # noqa: E402


def checkout(request):
    card_number = "4111 1111 1111 1111"  # noqa: F841  (a local variable in the failing frame)
    raise ZeroDivisionError("bug in the checkout view")


def hello(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("hello")


urlpatterns = [path("checkout/", checkout), path("hello/", hello)]
client = Client(raise_request_exception=False)  # show the 500 page instead of re-raising

print("== unhandled exception ==")
for debug in (True, False):
    with override_settings(DEBUG=debug):
        r = client.get("/checkout/")
        page = r.content.decode()
    print(f"DEBUG={debug!s:5}: {r.status_code}, {len(page):6} bytes; "
          f"traceback={'ZeroDivisionError' in page}, local card number={'4111 1111' in page}, "
          f"PAYMENT_GATEWAY_URL password={'hunter2' in page}, SECRET_KEY={SECRET in page}")
    if debug:
        assert "ZeroDivisionError" in page and "4111 1111 1111 1111" in page
        assert "hunter2" in page  # leaked: the name has no KEY/SECRET/PASS/TOKEN/API in it
        assert SECRET not in page  # SECRET_KEY is masked with stars
    else:
        assert "Server Error (500)" in page and len(page) < 500  # generic page (or your 500.html)

print("\n== page not found ==")
for debug in (True, False):
    with override_settings(DEBUG=debug):
        page = client.get("/no-such-page/").content.decode()
    lists_urls = "checkout/" in page
    print(f"DEBUG={debug!s:5}: 404 page lists the URLconf patterns: {lists_urls}")
    assert lists_urls is debug

print("\n== SQL queries recorded in memory (connection.queries) ==")
for debug in (True, False):
    with override_settings(DEBUG=debug):
        reset_queries()  # Django also does this at the start of every request
        with connection.cursor() as cursor:  # e.g. a management command or worker loop
            for i in range(100):
                cursor.execute("SELECT %s", [i])
        kept = len(connection.queries)
    print(f"DEBUG={debug!s:5}: after 100 queries connection.queries holds {kept} entries")
    assert kept == (100 if debug else 0)

print("\n== ALLOWED_HOSTS (Host header validation) ==")
r = client.get("/hello/", HTTP_HOST="evil.example")
print(f"DEBUG=False, Host: evil.example       -> {r.status_code}")
assert r.status_code == 400
with override_settings(ALLOWED_HOSTS=[], DEBUG=True):
    r = client.get("/hello/", HTTP_HOST="localhost")
print(f"DEBUG=True,  ALLOWED_HOSTS=[], localhost -> {r.status_code} (dev convenience)")
assert r.status_code == 200
with override_settings(ALLOWED_HOSTS=[], DEBUG=False):
    r = client.get("/hello/", HTTP_HOST="localhost")
print(f"DEBUG=False, ALLOWED_HOSTS=[], localhost -> {r.status_code} (must list real hosts)")
assert r.status_code == 400

print("OK: DEBUG=True leaks tracebacks, locals, settings and URL maps and records every query; production uses DEBUG=False")
