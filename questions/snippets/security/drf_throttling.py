"""Rate limiting in Django REST framework: throttle classes answer 429 Too Many Requests with Retry-After.

Shows:
- AnonRateThrottle keys anonymous callers by IP, UserRateThrottle keys authenticated users by id;
- with "anon": "3/minute" the 4th request inside a minute gets 429 and a Retry-After header;
- a different client IP has its own budget; a ScopedRateThrottle gives one endpoint (login) a
  stricter limit;
- counters live in Django's cache (LocMemCache here; use Redis in production so every worker
  process shares them - per-process memory would multiply the limit by the number of workers).

Needs: pip install django djangorestframework   (runs on Django 3.2 + DRF 3.14 and Django 5 + DRF 3.15+)
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
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
    MIDDLEWARE=[],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": [],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
        "DEFAULT_THROTTLE_CLASSES": [
            "rest_framework.throttling.AnonRateThrottle",
            "rest_framework.throttling.UserRateThrottle",
        ],
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "100/minute", "login": "2/minute"},
    },
)
django.setup()

from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.throttling import ScopedRateThrottle  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class Products(APIView):
    def get(self, request):
        return Response(["tea", "coffee"])


class Login(APIView):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"

    def post(self, request):
        return Response({"detail": "wrong password"}, status=400)


urlpatterns = [path("products/", Products.as_view()), path("login/", Login.as_view())]
c = Client()

codes = []
for i in range(1, 5):
    r = c.get("/products/", REMOTE_ADDR="203.0.113.7")
    codes.append(r.status_code)
    print(f"203.0.113.7 GET /products/ #{i} -> {r.status_code}", f"Retry-After: {r['Retry-After']}s" if r.status_code == 429 else "")
assert codes == [200, 200, 200, 429]
assert 0 < int(r["Retry-After"]) <= 60
print("  body:", r.json())

other = c.get("/products/", REMOTE_ADDR="198.51.100.9")
print("198.51.100.9 GET /products/ #1 ->", other.status_code, "(its own budget)")
assert other.status_code == 200

login_codes = [c.post("/login/", REMOTE_ADDR="192.0.2.1").status_code for _ in range(3)]
print("192.0.2.1 POST /login/ x3 ->", login_codes, "(scope 'login' = 2/minute)")
assert login_codes == [400, 400, 429]

print("OK: DRF throttling returned 429 with Retry-After after 3 anonymous requests per IP, and 2 per minute on login")
