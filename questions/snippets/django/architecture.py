"""Django's architecture (MVT) and the request/response cycle, traced:
WSGI handler -> request_started -> middleware (top to bottom) -> URL resolver
-> view -> model (ORM query) -> template -> middleware (bottom to top)
-> response -> request_finished.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 architecture.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[f"{__name__}.OuterMiddleware", f"{__name__}.InnerMiddleware"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
            "books/list.html": "<ul>{% for b in books %}<li>{{ b.title }}</li>{% endfor %}</ul>",
        })]},
    }],
)
django.setup()

from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.template.loader import get_template  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

trace = []


def step(text):
    trace.append(text)
    print(f"{len(trace):2}. {text}")


# --- M: the model (data + ORM) -------------------------------------------
class Book(models.Model):
    title = models.CharField(max_length=100)

    class Meta:
        app_label = "books"


# --- middleware: wraps every request like layers of an onion ---------------
class OuterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step("OuterMiddleware: request phase")
        response = self.get_response(request)
        step("OuterMiddleware: response phase")
        response["X-Trace"] = "outer"
        return response


class InnerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step("InnerMiddleware: request phase")
        response = self.get_response(request)
        step("InnerMiddleware: response phase")
        return response


# --- V: the view (glue between request, model and template) ----------------
def book_list(request):
    step(f"URL resolver picked view book_list for {request.path}")
    books = list(Book.objects.order_by("title"))
    step(f"Model: ORM ran SQL, got {len(books)} books")
    response = render(request, "books/list.html", {"books": books})
    step("Template: books/list.html rendered to HTML")
    return response


urlpatterns = [path("books/", book_list)]



def on_started(**kwargs):
    step("request_started signal (handler begins)")


def on_finished(**kwargs):
    step("request_finished signal (response closed)")


request_started.connect(on_started)
request_finished.connect(on_finished)

with connection.schema_editor() as editor:
    editor.create_model(Book)
Book.objects.bulk_create([Book(title="Two Scoops of Django"), Book(title="Django for APIs")])
get_template("books/list.html")  # warm the template loader so the trace is only the request

print("== one GET /books/ through the stack ==")
response = Client().get("/books/")
print(f"\nresponse: {response.status_code} {response.content.decode()} X-Trace={response['X-Trace']}")

expected_order = [
    "request_started",
    "OuterMiddleware: request",
    "InnerMiddleware: request",
    "URL resolver",
    "Model",
    "Template",
    "InnerMiddleware: response",
    "OuterMiddleware: response",
    "request_finished",
]
assert len(trace) == len(expected_order), trace
for got, want in zip(trace, expected_order):
    assert got.startswith(want), (got, want)
assert response.status_code == 200
assert "<li>Django for APIs</li><li>Two Scoops of Django</li>" in response.content.decode()

print("OK: request -> middleware -> URLconf -> view -> model -> template -> middleware -> response")
