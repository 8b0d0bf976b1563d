"""Async Django: async views, the ORM from async code, sync_to_async.

Shows, with Django's AsyncClient (which drives the ASGI handler):
- an `async def` view runs on the event loop; two views awaiting `asyncio.sleep(0.3)` concurrently
  finish in about 0.3 s, not 0.6 s (printed; the assertion uses overlap of start/end marks, not time);
- calling the synchronous ORM directly inside an async view raises `SynchronousOnlyOperation`;
- wrapping it in `sync_to_async` works (the query runs in a worker thread);
- `request.user` of a logged-in session is loaded lazily from the database, so touching it in an
  async view raises `SynchronousOnlyOperation` too; Django 5.0+ has `await request.auser()`;
- on Django 4.1+ the async ORM API (`aget`, `acreate`, `acount`, `async for`) is used directly;
  on 3.2 it does not exist (checked).

Needs: pip install django   (Debian: apt install python3-django)
"""
import asyncio
import sys
import time

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    SECRET_KEY="demo-only",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware",
                "django.contrib.auth.middleware.AuthenticationMiddleware"],
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],  # demo speed only
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "file:asyncdemo?mode=memory&cache=shared",
                           "TEST": {"NAME": "file:asyncdemo?mode=memory&cache=shared"}}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from asgiref.sync import sync_to_async  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.exceptions import SynchronousOnlyOperation  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.db.models.query import QuerySet  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import AsyncClient  # noqa: E402
from django.urls import path  # noqa: E402


class Item(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        app_label = "shop"


marks = []


async def slow_view(request, n):
    marks.append(("start", n))
    await asyncio.sleep(0.3)  # a non-blocking wait: the loop serves other requests meanwhile
    marks.append(("end", n))
    return JsonResponse({"n": n})


async def sync_orm_view(request):
    try:
        count = Item.objects.count()  # the sync ORM inside the event loop
    except SynchronousOnlyOperation as exc:
        return JsonResponse({"error": type(exc).__name__}, status=500)
    return JsonResponse({"count": count})


async def wrapped_view(request):
    count = await sync_to_async(Item.objects.count)()  # runs in a thread, the loop stays free
    return JsonResponse({"count": count})


async def async_orm_view(request):
    item = await Item.objects.acreate(name="lamp")
    again = await Item.objects.aget(pk=item.pk)
    names = [i.name async for i in Item.objects.order_by("name")]
    return JsonResponse({"got": again.name, "names": names, "count": await Item.objects.acount()})


async def user_view(request):
    try:
        name = request.user.username  # lazy: loads the session and the user with the sync ORM
    except SynchronousOnlyOperation as exc:
        name = type(exc).__name__
    auser = getattr(request, "auser", None)  # Django 5.0+
    return JsonResponse({"request.user": name, "auser": (await auser()).username if auser else None})


urlpatterns = [
    path("me/", user_view),
    path("slow/<int:n>/", slow_view),
    path("sync-orm/", sync_orm_view),
    path("wrapped/", wrapped_view),
    path("async-orm/", async_orm_view),
]

call_command("migrate", verbosity=0)  # auth and sessions tables
with connection.schema_editor() as editor:
    editor.create_model(Item)
Item.objects.create(name="desk")
logged_in = AsyncClient()
logged_in.force_login(User.objects.create_user("ada", password="pw"))  # a session row in the db
connection.close()  # the async views use their own (thread-bound) connections


async def main():
    client = AsyncClient()
    start = time.perf_counter()
    r1, r2 = await asyncio.gather(client.get("/slow/1/"), client.get("/slow/2/"))
    took = time.perf_counter() - start
    print(f"two async views, each awaiting 0.3 s, concurrently: {took:.2f} s; order {marks}")
    assert r1.json() == {"n": 1} and r2.json() == {"n": 2}
    assert [m[0] for m in marks[:2]] == ["start", "start"], "the second view started before the first ended"

    r = await client.get("/sync-orm/")
    print(f"sync ORM inside async view -> {r.status_code} {r.json()}")
    assert r.status_code == 500 and r.json() == {"error": "SynchronousOnlyOperation"}

    r = await client.get("/wrapped/")
    print(f"sync_to_async(Item.objects.count) -> {r.json()}")
    assert r.json() == {"count": 1}

    r = await logged_in.get("/me/")
    print(f"logged-in async view: {r.json()}")
    assert r.json()["request.user"] == "SynchronousOnlyOperation"
    assert r.json()["auser"] == ("ada" if django.VERSION >= (5, 0) else None)

    if hasattr(QuerySet, "aget"):  # Django 4.1+
        r = await client.get("/async-orm/")
        print(f"Django {django.get_version()} async ORM: {r.json()}")
        assert r.json() == {"got": "lamp", "names": ["desk", "lamp"], "count": 2}
    else:
        print(f"Django {django.get_version()}: no QuerySet.aget/acreate (the async ORM API arrived in 4.1)")
        assert not hasattr(QuerySet, "acount")


asyncio.run(main())
print("OK: async views interleave on the loop; the sync ORM raises SynchronousOnlyOperation there; "
      "request.user too (await request.auser() on 5.0+); sync_to_async or the 4.1+ async ORM API work")
