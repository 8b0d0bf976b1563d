"""Exercise: Take the CSRF exemption off the transfer view

The money transfer view was marked @csrf_exempt to make a form work, so any web site can make a
logged-in visitor's browser post a transfer (a forged cross-site request). Protect it again: a
POST without the CSRF token must be refused with 403, and the site's own form (which sends the
token) must keep working.
"""
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path


TRANSFERS = []  # what the bank executed: (to, amount)


def transfer_form(request):
    token = get_token(request)
    return HttpResponse(
        '<form method="post" action="/transfer/">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
        '<input name="to"><input name="amount"><button>Send</button></form>')


def transfer(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    TRANSFERS.append((request.POST["to"], int(request.POST["amount"])))
    return HttpResponse("sent")


urlpatterns = [path("transfer/form/", transfer_form), path("transfer/", transfer)]
