"""Django middleware: hooks around every request. MIDDLEWARE is an onion:
request phases run top to bottom, response phases bottom to top; a middleware
that returns a response early skips everything below it (including the view)
while the layers above still see the response. process_view() runs after URL
resolution, just before the view.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 middleware.py
"""
import sys
import time

try:
    import django
    from django.conf import settings
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

settings.configure(
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        f"{__name__}.timing_middleware",     # function-style middleware
        f"{__name__}.BlockListMiddleware",   # may short-circuit
        f"{__name__}.AuditMiddleware",       # class-style with process_view
    ],
    USE_TZ=True,
)
django.setup()

from django.http import HttpResponse, HttpResponseForbidden  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

calls = []


def timing_middleware(get_response):
    # one-time setup happens here, at server start
    def middleware(request):
        calls.append("timing: before")
        start = time.perf_counter()
        response = get_response(request)
        response["X-Elapsed-ms"] = f"{(time.perf_counter() - start) * 1000:.2f}"
        calls.append("timing: after")
        return response
    return middleware


class BlockListMiddleware:
    BLOCKED = {"10.6.6.6"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("REMOTE_ADDR") in self.BLOCKED:
            calls.append("blocklist: short-circuit 403")
            return HttpResponseForbidden("blocked")  # nothing below runs
        calls.append("blocklist: before")
        response = self.get_response(request)
        calls.append("blocklist: after")
        return response


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        calls.append("audit: before")
        response = self.get_response(request)
        calls.append("audit: after")
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        calls.append(f"audit: process_view({view_func.__name__}, {view_kwargs})")
        return None  # None = carry on to the view


def order_detail(request, pk):
    calls.append("VIEW")
    return HttpResponse(f"order {pk}")


urlpatterns = [path("orders/<int:pk>/", order_detail)]
client = Client()

print("== normal request: the onion ==")
r = client.get("/orders/7/")
print("\n".join(f"  {c}" for c in calls))
print(f"  -> {r.status_code}, X-Elapsed-ms header added by the outer layer: {r['X-Elapsed-ms']}")
assert calls == [
    "timing: before", "blocklist: before", "audit: before",
    "audit: process_view(order_detail, {'pk': 7})",
    "VIEW",
    "audit: after", "blocklist: after", "timing: after",
]

print("\n== blocked client: short-circuit ==")
calls.clear()
r = client.get("/orders/7/", REMOTE_ADDR="10.6.6.6")
print("\n".join(f"  {c}" for c in calls))
print(f"  -> {r.status_code} {r.content.decode()!r}; the view and AuditMiddleware never ran")
assert r.status_code == 403
assert calls == ["timing: before", "blocklist: short-circuit 403", "timing: after"]
assert "X-Elapsed-ms" in r  # outer layers still process the early response

print("OK: middleware order (request down, response up), short-circuit and process_view")
