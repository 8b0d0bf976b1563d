"""Django URLs: a URLconf maps paths to views, converters type the captured
values, include() nests a namespaced group, and reverse() builds a URL from
its name so templates and code never hard-code paths.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 urls.py
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
    ROOT_URLCONF=__name__,  # this very file is the URLconf: it defines `urlpatterns`
    USE_TZ=True,
)
django.setup()

from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import NoReverseMatch, include, path, resolve, reverse  # noqa: E402


def article_list(request):
    return HttpResponse("all articles")


def article_detail(request, year, slug):
    # `year` arrives as an int because of the <int:...> converter
    return JsonResponse({"year": year, "slug": slug, "year_type": type(year).__name__})


# an app's urls.py would hold this list; include() mounts it under a prefix
blog_patterns = [
    path("", article_list, name="list"),
    path("<int:year>/<slug:slug>/", article_detail, name="detail"),
]

urlpatterns = [
    path("blog/", include((blog_patterns, "blog"))),  # (patterns, app_name) -> namespace "blog"
]

print("== reverse(): name -> URL ==")
url = reverse("blog:detail", kwargs={"year": 2024, "slug": "hello-django"})
print(f"reverse('blog:detail', year=2024, slug='hello-django') -> {url}")
assert url == "/blog/2024/hello-django/"
try:
    reverse("blog:detail", kwargs={"year": "not-a-number", "slug": "x"})
except NoReverseMatch:
    print("reverse() with a year that is not an int -> NoReverseMatch")
else:
    raise AssertionError("expected NoReverseMatch")

print("\n== resolve(): URL -> view + kwargs ==")
match = resolve("/blog/2024/hello-django/")
print(f"view={match.func.__name__} view_name={match.view_name} kwargs={match.kwargs}")
assert match.func is article_detail
assert match.view_name == "blog:detail"
assert match.kwargs == {"year": 2024, "slug": "hello-django"}

print("\n== a real request through the URLconf ==")
client = Client()
ok = client.get("/blog/2024/hello-django/")
print(f"GET /blog/2024/hello-django/ -> {ok.status_code} {ok.json()}")
assert ok.status_code == 200 and ok.json()["year_type"] == "int"

bad = client.get("/blog/twenty/hello-django/")
print(f"GET /blog/twenty/hello-django/ -> {bad.status_code} (int converter did not match)")
assert bad.status_code == 404

listing = client.get(reverse("blog:list"))
print(f"GET {reverse('blog:list')} -> {listing.status_code} {listing.content.decode()!r}")
assert listing.status_code == 200

print("OK: URLconf patterns, converters, include() namespaces, reverse() and resolve()")
