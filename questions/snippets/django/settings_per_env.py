"""Settings per environment: a settings package (base + dev + prod), chosen by
DJANGO_SETTINGS_MODULE, with secrets read from environment variables and
production failing fast when one is missing. `check --deploy` audits prod.

Needs: pip install django   (Debian: apt install python3-django)
Run:   python3 settings_per_env.py
"""
import os
import secrets
import subprocess
import sys
import tempfile
import textwrap

try:
    import django  # noqa: F401
except ImportError:
    print("This snippet needs Django: pip install django")
    sys.exit(2)

FILES = {
    "config/__init__.py": "",
    "config/settings/__init__.py": "",
    "config/settings/base.py": """
        import os
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent.parent
        INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth"]
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ]
        ROOT_URLCONF = "config.urls"
        USE_TZ = True
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
    """,
    "config/settings/dev.py": """
        from .base import *  # noqa

        DEBUG = True
        SECRET_KEY = "dev-only-not-secret"
        ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
    """,
    "config/settings/prod.py": """
        import os
        from django.core.exceptions import ImproperlyConfigured
        from .base import *  # noqa

        def env(name):
            try:
                return os.environ[name]
            except KeyError:
                raise ImproperlyConfigured(f"Set the {name} environment variable")

        DEBUG = False
        SECRET_KEY = env("DJANGO_SECRET_KEY")
        ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS").split(",")
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": env("DB_PATH")}}
        SECURE_SSL_REDIRECT = True
        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = True
        SECURE_HSTS_SECONDS = 31536000
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        SECURE_HSTS_PRELOAD = True
        SECURE_CONTENT_TYPE_NOSNIFF = True
    """,
    "config/urls.py": "urlpatterns = []\n",
}

SHOW = ("import django; django.setup(); from django.conf import settings as s; "
        "print(f'DEBUG={s.DEBUG} ALLOWED_HOSTS={s.ALLOWED_HOSTS} DB={s.DATABASES[\"default\"][\"NAME\"]}')")


def run(args, env_extra, cwd):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DB_"))}
    env.update(env_extra)
    p = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    return p.returncode, (p.stdout + p.stderr).strip()


with tempfile.TemporaryDirectory() as tmp:
    for rel, body in FILES.items():
        full = os.path.join(tmp, *rel.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as fh:
            fh.write(textwrap.dedent(body).lstrip())

    prod_env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "shop.example.com",
        "DB_PATH": os.path.join(tmp, "prod.sqlite3"),
    }

    print("== same code, settings chosen by DJANGO_SETTINGS_MODULE ==")
    code, out = run(["-c", SHOW], {"DJANGO_SETTINGS_MODULE": "config.settings.dev"}, tmp)
    print(f"dev : {out}")
    assert code == 0 and "DEBUG=True" in out
    code, out = run(["-c", SHOW], prod_env, tmp)
    print(f"prod: {out}")
    assert code == 0 and "DEBUG=False" in out and "shop.example.com" in out

    print("\n== prod fails fast when a secret is missing ==")
    no_secret = {k: v for k, v in prod_env.items() if k != "DJANGO_SECRET_KEY"}
    code, out = run(["-c", SHOW], no_secret, tmp)
    print(f"exit {code}: {out.splitlines()[-1]}")
    assert code != 0 and "ImproperlyConfigured: Set the DJANGO_SECRET_KEY" in out

    print("\n== manage.py check --deploy ==")
    code, out = run(["-m", "django", "check", "--deploy"], {"DJANGO_SETTINGS_MODULE": "config.settings.dev"}, tmp)
    dev_ids = sorted(set(w.split(")")[0] for w in out.split("(security.")[1:]))
    print(f"dev : {len(dev_ids)} security warnings: {', '.join('security.' + i for i in dev_ids)}")
    assert "W018" in dev_ids  # "You should not have DEBUG set to True in deployment."
    code, out = run(["-m", "django", "check", "--deploy"], prod_env, tmp)
    print(f"prod: {out.splitlines()[-1]}")
    assert code == 0 and "no issues" in out

print("OK: one settings package per environment, secrets from the environment, check --deploy for prod")
