"""Handling exceptions in Django, layer by layer:
1. try/except in the view for errors you expect (bad input -> 400);
2. Http404 / get_object_or_404 for missing objects;
3. a middleware's process_exception() to map domain exceptions to responses;
4. handler404 / handler500 / handler403 in the root URLconf for the pages users see;
   with DEBUG=True a 404 or 500 shows the debug page instead, but PermissionDenied
   still goes to handler403;
5. the `django.request` logger records every unhandled 500;
6. (if DRF is installed) a custom EXCEPTION_HANDLER for a uniform API error body.

Needs: pip install django   (Debian: apt install python3-django)
       part 6 also uses djangorestframework if present (skipped otherwise)
Run:   python3 exception_handling.py
"""
import logging
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    SECRET_KEY="demo-only",  # the debug page reads every setting
    DEBUG=False,  # handler404/handler500 are used when DEBUG is False (handler403 always)
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[f"{__name__}.DomainErrorMiddleware"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    REST_FRAMEWORK={
        "EXCEPTION_HANDLER": f"{__name__}.api_exception_handler",
        "DEFAULT_AUTHENTICATION_CLASSES": [],
        "DEFAULT_PERMISSION_CLASSES": [],
        "UNAUTHENTICATED_USER": None,
    },
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.core.exceptions import PermissionDenied  # noqa: E402
from django.http import Http404, JsonResponse  # noqa: E402
from django.shortcuts import get_object_or_404  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import path  # noqa: E402

try:
    from rest_framework.exceptions import ValidationError as DRFValidationError
    from rest_framework.views import APIView, exception_handler as drf_default_handler
except ImportError:
    APIView = None


class Account(models.Model):
    balance = models.IntegerField(default=0)

    class Meta:
        app_label = "bank"


class InsufficientFunds(Exception):
    """A domain error raised deep in the service layer."""


def withdraw(account, amount):
    if amount > account.balance:
        raise InsufficientFunds(f"balance {account.balance} < {amount}")
    account.balance -= amount
    account.save()


# ---- views ---------------------------------------------------------------
def withdraw_view(request, pk):
    account = get_object_or_404(Account, pk=pk)  # missing row -> Http404 -> 404
    try:
        amount = int(request.GET["amount"])  # 1) expected, local error: handle it here
    except (KeyError, ValueError):
        return JsonResponse({"error": "amount must be an integer"}, status=400)
    withdraw(account, amount)  # InsufficientFunds is left to the middleware
    return JsonResponse({"balance": account.balance})


def report_view(request):
    raise RuntimeError("unexpected bug")  # nobody handles it -> handler500


def product_view(request, slug):
    raise Http404("no such product")


def admin_view(request):
    raise PermissionDenied("staff only")


# ---- 3) middleware: one place that maps domain errors to HTTP ---------------
class DomainErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, InsufficientFunds):
            return JsonResponse({"error": "insufficient_funds", "detail": str(exception)}, status=409)
        return None  # anything else continues to Django's default handling


# ---- 4) custom error pages (views with these exact signatures) -------------
def custom_404(request, exception):
    return JsonResponse({"error": "not_found", "path": request.path}, status=404)


def custom_500(request):
    return JsonResponse({"error": "server_error"}, status=500)  # no details leak out


def custom_403(request, exception):
    return JsonResponse({"error": "forbidden"}, status=403)


handler404 = custom_404
handler500 = custom_500
handler403 = custom_403


# ---- 6) DRF: one function shapes every API error ---------------------------
def api_exception_handler(exc, context):
    response = drf_default_handler(exc, context)  # DRF's own: APIException, Http404, PermissionDenied
    if response is not None:
        response.data = {"error": {"status": response.status_code, "detail": response.data}}
    return response  # None -> unhandled -> Django's 500 path


if APIView is not None:
    class OrderAPI(APIView):
        def post(self, request):
            raise DRFValidationError({"quantity": ["must be positive"]})


urlpatterns = [
    path("accounts/<int:pk>/withdraw/", withdraw_view),
    path("report/", report_view),
    path("products/<slug:slug>/", product_view),
    path("staff/", admin_view),
]
if APIView is not None:
    urlpatterns.append(path("api/orders/", OrderAPI.as_view()))


# ---- 5) capture what the django.request logger records ---------------------
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


log_handler = ListHandler()
request_logger = logging.getLogger("django.request")
request_logger.addHandler(log_handler)
request_logger.propagate = False  # keep the demo's expected tracebacks off the console

with connection.schema_editor() as editor:
    editor.create_model(Account)
Account.objects.create(balance=100)
client = Client(raise_request_exception=False)


def show(label, response):
    print(f"{label:42} -> {response.status_code} {response.content.decode()}")


print("== 1) try/except in the view ==")
r = client.get("/accounts/1/withdraw/?amount=ten")
show("GET withdraw?amount=ten", r)
assert r.status_code == 400

print("\n== 2) get_object_or_404 / Http404 (rendered by handler404) ==")
r = client.get("/accounts/42/withdraw/?amount=1")
show("GET /accounts/42/withdraw/", r)
assert r.status_code == 404 and r.json()["error"] == "not_found"

print("\n== 3) middleware process_exception ==")
r = client.get("/accounts/1/withdraw/?amount=30")
show("GET withdraw?amount=30", r)
assert r.json() == {"balance": 70}
r = client.get("/accounts/1/withdraw/?amount=500")
show("GET withdraw?amount=500", r)
assert r.status_code == 409 and r.json()["error"] == "insufficient_funds"

print("\n== 4) handler404 / handler500 ==")
r = client.get("/products/unknown/")
show("GET /products/unknown/ (Http404)", r)
assert r.status_code == 404
r = client.get("/report/")
show("GET /report/ (unhandled RuntimeError)", r)
assert r.status_code == 500 and r.json() == {"error": "server_error"}

r = client.get("/staff/")
show("GET /staff/ (PermissionDenied)", r)
assert r.status_code == 403 and r.json() == {"error": "forbidden"}

print("\n== 4b) with DEBUG=True: debug page for 404, but handler403 still runs ==")
with override_settings(DEBUG=True):
    r404 = client.get("/products/unknown/")
    r403 = client.get("/staff/")
print(f"DEBUG=True GET /products/unknown/ -> {r404.status_code} {r404['Content-Type']} (technical 404 page)")
print(f"DEBUG=True GET /staff/            -> {r403.status_code} {r403.content.decode()}")
assert r404.status_code == 404 and r404["Content-Type"].startswith("text/html")  # not custom_404's JSON
assert r403.status_code == 403 and r403.json() == {"error": "forbidden"}  # custom_403 despite DEBUG

print("\n== 5) the 500 was logged by django.request ==")
errors = [rec for rec in log_handler.records if rec.levelno >= logging.ERROR]
for rec in errors:
    print(f"{rec.levelname}: {rec.getMessage()} (exc_info: {rec.exc_info[0].__name__})")
assert len(errors) == 1 and errors[0].exc_info[0] is RuntimeError

print("\n== 6) DRF custom EXCEPTION_HANDLER ==")
if APIView is None:
    print("skipped: djangorestframework is not installed (pip install djangorestframework)")
else:
    r = client.post("/api/orders/", data={})
    show("POST /api/orders/", r)
    assert r.status_code == 400
    assert r.json() == {"error": {"status": 400, "detail": {"quantity": ["must be positive"]}}}

print("OK: view try/except, get_object_or_404, process_exception, handler404/500/403 (403 even with DEBUG), logging"
      + ("" if APIView is None else ", DRF exception handler"))
