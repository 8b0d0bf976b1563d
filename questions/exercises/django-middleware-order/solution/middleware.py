"""Exercise: Put the middleware where request.user exists

UserHeaderMiddleware adds an X-User header naming the logged-in user to every response. It is
listed before AuthenticationMiddleware, so request.user does not exist yet when it runs and every
request fails with a 500. Fix the MIDDLEWARE order (not the middleware) so the header is set.
"""
class UserHeaderMiddleware:
    """Adds X-User: <username> (or "anonymous") to every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = request.user.get_username() if request.user.is_authenticated else "anonymous"
        response = self.get_response(request)
        response["X-User"] = name
        return response


MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "middleware.UserHeaderMiddleware",
]
