"""Exercise: Make the production settings pass the deployment checks

prod_settings.py was copied from development: DEBUG is on, any Host header is accepted, the secret
key is the development one and the cookies and HTTPS headers are not set. Fix it until Django's
own deployment checks (manage.py check --deploy) report nothing and a request for an unknown host
is refused with 400. Read the secret key from the DJANGO_SECRET_KEY environment variable.
"""
import os  # noqa: F401 (the secret key belongs in the environment)

DEBUG = True
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "django-insecure-dev-key-1234"

ROOT_URLCONF = "urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
