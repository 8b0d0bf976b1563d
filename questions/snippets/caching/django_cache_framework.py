"""Django's cache framework at its three levels, on the in-process LocMemCache
backend (swap BACKEND for Redis/Memcached without touching the code):
- low-level API: cache.get/set/get_or_set/add/incr/delete with timeouts;
- per-view: @cache_page caches the whole response, keyed by URL;
- template fragment: {% cache %} caches part of a page, with vary-on keys.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 django_cache_framework.py
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    USE_TZ=True,
    CACHES={"default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # per process: dev/tests only
        "TIMEOUT": 300,  # default TTL in seconds
    }},
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"builtins": ["django.templatetags.cache"]},
    }],
)
django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.cache.utils import make_template_fragment_key  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.cache import cache_page  # noqa: E402

db_hits = {"prices": 0, "sidebar": 0}


def load_prices_from_db():
    db_hits["prices"] += 1
    return {"BTC": 64000, "ETH": 3100}


print("== low-level API ==")
cache.set("greeting", "hello", timeout=60)
print(f"get('greeting') = {cache.get('greeting')!r}; get('missing', 'default') = {cache.get('missing', 'default')!r}")
for _ in range(3):
    prices = cache.get_or_set("prices", load_prices_from_db, timeout=30)  # cache-aside in one call
print(f"get_or_set x3 -> {prices}; database calls: {db_hits['prices']}")
assert db_hits["prices"] == 1
print(f"add() only if absent: first {cache.add('lock:job', 1)}, second {cache.add('lock:job', 1)}")
cache.set("hits", 0)
cache.incr("hits", 5)
print(f"incr('hits', 5) -> {cache.get('hits')}")
cache.delete("prices")
print(f"after delete('prices'): {cache.get('prices')}")
assert cache.get("hits") == 5 and cache.get("prices") is None


print("\n== per-view caching with @cache_page ==")
view_runs = {"n": 0}


@cache_page(60)
def stock_view(request):
    view_runs["n"] += 1
    return JsonResponse({"symbol": request.GET.get("s", "ALL"), "render": view_runs["n"]})


urlpatterns = [path("stocks/", stock_view)]
client = Client()
a = client.get("/stocks/?s=ACME").json()
b = client.get("/stocks/?s=ACME").json()
c = client.get("/stocks/?s=INIT").json()
r = client.get("/stocks/?s=ACME")
print(f"GET ?s=ACME twice -> render #{a['render']} and #{b['render']} (second served from cache)")
print(f"GET ?s=INIT       -> render #{c['render']} (different URL = different cache key)")
print(f"response headers: Cache-Control={r['Cache-Control']!r}, Expires set: {'Expires' in r}")
assert a == b and c["render"] == 2 and view_runs["n"] == 2 and "max-age=60" in r["Cache-Control"]


print("\n== template fragment caching ==")
template = engines["django"].from_string(
    "{% cache 120 sidebar user_id %}[sidebar for {{ user_id }}: {{ items }}]{% endcache %} main content"
)


class Items:
    def __str__(self):  # evaluated only when the fragment is actually rendered
        db_hits["sidebar"] += 1
        return "5 items"


print(template.render({"user_id": 7, "items": Items()}))
print(template.render({"user_id": 7, "items": Items()}))
print(template.render({"user_id": 8, "items": Items()}))
print(f"sidebar rendered from the database {db_hits['sidebar']} times for 3 page renders (vary on user_id)")
assert db_hits["sidebar"] == 2
cache.delete(make_template_fragment_key("sidebar", [7]))  # invalidate one user's fragment
template.render({"user_id": 7, "items": Items()})
print(f"after deleting the fragment key for user 7: {db_hits['sidebar']} renders")
assert db_hits["sidebar"] == 3

print("OK: Django caching via low-level cache API, @cache_page per view and {% cache %} fragments")
