"""The same endpoint, GET /items/<id>, in Django, Flask and FastAPI, each called in-process.

Shows:
- Django: URLconf + view function + JsonResponse; needs settings even for one view; the
  `<int:...>` converter turns "abc" into a 404; the project exposes both a WSGI and an ASGI app;
- Flask: one decorator on a function; `<int:...>` also gives a 404; the app object is a WSGI callable;
- FastAPI: the type hint `item_id: int` does the parsing and validation: "abc" is a 422 that
  explains what is wrong; OpenAPI docs are generated from the code; the app is an ASGI callable.

Needs: pip install django flask fastapi httpx
"""
import inspect
import sys

try:
    import django
    from django.conf import settings
    from fastapi import FastAPI, HTTPException
    from fastapi.testclient import TestClient
    from flask import Flask
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs Django, Flask, FastAPI and httpx: pip install django flask fastapi httpx  ({exc})")
    sys.exit(2)

ITEMS = {1: {"id": 1, "name": "lamp"}}

# --- Django: settings, a URLconf and a view (normally spread over settings.py, urls.py, views.py)
settings.configure(DEBUG=False, SECRET_KEY="demo", ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"],
                   INSTALLED_APPS=[], MIDDLEWARE=[], DATABASES={})
django.setup()
from django.core.asgi import get_asgi_application  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402


def django_item(request, item_id):
    if item_id not in ITEMS:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse(ITEMS[item_id])


urlpatterns = [path("items/<int:item_id>", django_item)]

# --- Flask: a decorator on a function
flask_app = Flask(__name__)


@flask_app.get("/items/<int:item_id>")
def flask_item(item_id):
    return ITEMS[item_id] if item_id in ITEMS else ({"error": "not found"}, 404)


# --- FastAPI: a decorator and type hints
fastapi_app = FastAPI(title="items")


@fastapi_app.get("/items/{item_id}")
def fastapi_item(item_id: int):
    if item_id not in ITEMS:
        raise HTTPException(404, "not found")
    return ITEMS[item_id]


clients = {"Django": Client(), "Flask": flask_app.test_client(), "FastAPI": TestClient(fastapi_app)}
codes = {}
for name, client in clients.items():
    ok, bad = client.get("/items/1"), client.get("/items/abc")
    ok_json = ok.get_json() if name == "Flask" else ok.json()
    bad_body = bad.get_data(as_text=True) if name == "Flask" else bad.content.decode()
    print(f"{name:8} GET /items/1 -> {ok.status_code} {ok_json} | GET /items/abc -> {bad.status_code} "
          f"{' '.join(bad_body.split())[:70]}")
    codes[name] = (ok.status_code, ok_json, bad.status_code)

assert all(c[0] == 200 and c[1] == ITEMS[1] for c in codes.values())
assert codes["Django"][2] == 404 and codes["Flask"][2] == 404, "URL converters: 'abc' simply does not match"
assert codes["FastAPI"][2] == 422, "FastAPI validates the type hint and says why"

schema = clients["FastAPI"].get("/openapi.json").json()
print("FastAPI generated OpenAPI paths:", list(schema["paths"]), "| docs at /docs:",
      clients["FastAPI"].get("/docs").status_code)
assert "/items/{item_id}" in schema["paths"]

flask_params = list(inspect.signature(flask_app.__call__).parameters)
print("Flask app(...) parameters:", flask_params, "-> WSGI")
print("FastAPI app(...) is a coroutine function:", inspect.iscoroutinefunction(fastapi_app.__call__), "-> ASGI")
print("Django offers both:", type(get_wsgi_application()).__name__, "and", type(get_asgi_application()).__name__)
assert flask_params == ["environ", "start_response"]
assert inspect.iscoroutinefunction(fastapi_app.__call__)
print("OK: one endpoint three ways: Django URLconf+view (WSGI/ASGI), Flask route (WSGI), FastAPI typed route (ASGI, 422, OpenAPI)")
