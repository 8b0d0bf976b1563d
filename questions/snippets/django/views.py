"""Django views: a view is any callable that takes an HttpRequest and returns
an HttpResponse. Function-based views branch on request.method themselves;
class-based views dispatch to get()/post() and answer 405 for the rest;
generic views (ListView, DetailView...) package the common patterns.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 views.py
"""
import json
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
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
            "shop/product_list.html": "{% for p in object_list %}{{ p.name }};{% endfor %}",
        })]},
    }],
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.shortcuts import get_object_or_404  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.urls import path  # noqa: E402
from django.views import View  # noqa: E402
from django.views.decorators.http import require_http_methods  # noqa: E402
from django.views.generic import ListView  # noqa: E402


class Product(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        app_label = "shop"


# 1) function-based view: plain function, decorators for cross-cutting rules
@require_http_methods(["GET", "POST"])
def product_fbv(request, pk):
    product = get_object_or_404(Product, pk=pk)
    if request.method == "POST":
        product.name = json.loads(request.body)["name"]
        product.save()
    return JsonResponse({"id": product.pk, "name": product.name})


# 2) class-based view: one method per HTTP verb, reuse through inheritance
class ProductCBV(View):
    def get(self, request, pk):
        product = get_object_or_404(Product, pk=pk)
        return JsonResponse({"id": product.pk, "name": product.name})


# 3) generic class-based view: queryset + template, nothing else to write
class ProductList(ListView):
    model = Product  # renders shop/product_list.html with object_list


urlpatterns = [
    path("fbv/<int:pk>/", product_fbv),
    path("cbv/<int:pk>/", ProductCBV.as_view()),
    path("products/", ProductList.as_view()),
]

with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.create(name="Keyboard")
Product.objects.create(name="Mouse")

client = Client()
print("== function-based view ==")
r = client.get("/fbv/1/")
print(f"GET    /fbv/1/  -> {r.status_code} {r.json()}")
assert r.status_code == 200 and r.json()["name"] == "Keyboard"
r = client.post("/fbv/1/", data=json.dumps({"name": "Mech keyboard"}), content_type="application/json")
print(f"POST   /fbv/1/  -> {r.status_code} {r.json()}")
assert r.json()["name"] == "Mech keyboard"
r = client.delete("/fbv/1/")
print(f"DELETE /fbv/1/  -> {r.status_code} (require_http_methods)")
assert r.status_code == 405
r = client.get("/fbv/99/")
print(f"GET    /fbv/99/ -> {r.status_code} (get_object_or_404)")
assert r.status_code == 404

print("\n== class-based view ==")
r = client.get("/cbv/2/")
print(f"GET  /cbv/2/ -> {r.status_code} {r.json()}")
assert r.json()["name"] == "Mouse"
r = client.post("/cbv/2/")
print(f"POST /cbv/2/ -> {r.status_code}, Allow: {r['Allow']} (no post() method defined)")
assert r.status_code == 405 and "GET" in r["Allow"]

print("\n== generic ListView ==")
r = client.get("/products/")
print(f"GET /products/ -> {r.status_code} {r.content.decode()!r}")
assert r.content.decode() == "Mech keyboard;Mouse;"

print("\n== a view is just a callable: call it directly with a fake request ==")
request = RequestFactory().get("/whatever/")
response = ProductCBV.as_view()(request, pk=2)
print(f"ProductCBV.as_view()(request, pk=2) -> {type(response).__name__} {response.status_code}")
assert isinstance(response, HttpResponse) and response.status_code == 200

print("OK: function-based, class-based and generic views turn a request into a response")
