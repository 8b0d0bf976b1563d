"""Clickjacking: stop other sites from framing your pages (X-Frame-Options / CSP frame-ancestors).

Shows (Django's XFrameOptionsMiddleware):
- every response gets X-Frame-Options: DENY by default (X_FRAME_OPTIONS defaults to "DENY" since Django 3.0);
- @xframe_options_sameorigin allows framing by your own origin only;
- @xframe_options_exempt removes the header for a page meant to be embedded (a widget) - then
  protect it another way, e.g. Content-Security-Policy: frame-ancestors with an allow-list (which the
  view sets itself here, so that part is printed, not asserted).

Needs: pip install django   (runs on Django 3.2 to 6.x)
"""
import sys

try:
    import django
    from django.conf import settings
except ImportError:
    print("This example needs Django: pip install django")
    sys.exit(2)

settings.configure(
    DEBUG=False,
    SECRET_KEY="demo-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[],
    MIDDLEWARE=["django.middleware.clickjacking.XFrameOptionsMiddleware"],
)
django.setup()

from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin  # noqa: E402


def delete_account(request):
    return HttpResponse('<form method="post"><button>Delete my account</button></form>')


@xframe_options_sameorigin
def dashboard(request):
    return HttpResponse("charts, framed by our own pages")


@xframe_options_exempt
def widget(request):
    response = HttpResponse("embeddable widget")
    response["Content-Security-Policy"] = "frame-ancestors https://partner.example"
    return response


urlpatterns = [path("delete/", delete_account), path("dashboard/", dashboard), path("widget/", widget)]
c = Client()

for url in ["/delete/", "/dashboard/", "/widget/"]:
    r = c.get(url)
    print(f"{url:<12} X-Frame-Options={r.get('X-Frame-Options')!s:<11} CSP={r.get('Content-Security-Policy')}")

assert settings.X_FRAME_OPTIONS == "DENY"
assert c.get("/delete/")["X-Frame-Options"] == "DENY"
assert c.get("/dashboard/")["X-Frame-Options"] == "SAMEORIGIN"
widget_response = c.get("/widget/")
assert not widget_response.has_header("X-Frame-Options")
# The CSP header above is the view's own (Django before 6.0 has no CSP support; 6.0 adds SECURE_CSP and
# ContentSecurityPolicyMiddleware), so it is shown, not asserted: browsers enforce frame-ancestors.

print("OK: XFrameOptionsMiddleware sends X-Frame-Options DENY by default, SAMEORIGIN per view, and none on an exempt widget")
