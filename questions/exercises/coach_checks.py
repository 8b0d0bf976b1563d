"""Helpers for exercise checks, shipped next to run_checks.py (importable from every checks/test_*.py).

Standard library only at import time: Django, redis-py and friends are imported inside the helpers
that need them, so a missing package is reported by the runner as "install X", not as a crash.
"""
import contextlib
import importlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time


class CheckFailure(AssertionError):
    """A check that did not pass: a sentence for a person, and what was expected against what happened.

    `at` (a function, class or module of the user's code) or `file`/`line` point the report at the
    place to fix when the traceback does not pass through the user's code.
    """

    def __init__(self, message, expected=None, actual=None, at=None, file=None, line=None):
        super().__init__(message)
        self.message = message
        self.expected = expected
        self.actual = actual
        self.file = file
        self.line = line
        if at is not None and file is None:
            self.file, self.line = _source_of(at)


class MissingPackage(Exception):
    """The run cannot happen on this machine: `package` must be installed first."""

    def __init__(self, package, detail=""):
        super().__init__(f"install {package}" + (f" ({detail})" if detail else ""))
        self.package = package


def _source_of(obj):
    import inspect

    try:
        obj = inspect.unwrap(obj)
        _, line = inspect.getsourcelines(obj)
        return os.path.abspath(inspect.getsourcefile(obj)), (line or 1)
    except (TypeError, OSError):
        return None, None


def user_module(name):
    """Imports the user's module `name` (from the --work folder, first on sys.path)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name == name:
            raise CheckFailure(f"The exercise needs the file {name}.py in your copy, and it is not there.",
                               expected=f"{name}.py", actual="no such file") from None
        raise


def configure_django(app_labels=(), **overrides):
    """settings.configure() with an in-memory sqlite database, then django.setup(); once per run.

    `app_labels`: the app_label of models the user's modules define (class Meta: app_label = "x"),
    registered as installed apps so that their relations (reverse and many-to-many) work.
    """
    from django.conf import settings

    if not settings.configured:
        values = {
            "DEBUG": False,
            "SECRET_KEY": "checks-" + "k" * 20 + "-not-for-production-" + "x" * 20,
            "DATABASES": {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            "INSTALLED_APPS": ["django.contrib.contenttypes", "django.contrib.auth"],
            "DEFAULT_AUTO_FIELD": "django.db.models.AutoField",
            "USE_TZ": True,
            "ALLOWED_HOSTS": ["testserver"],
            "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
            "MIDDLEWARE": [],
            "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
            "ROOT_URLCONF": None,
        }
        values.update(overrides)
        values["INSTALLED_APPS"] = list(values["INSTALLED_APPS"]) + [_label_app(label) for label in app_labels]
        settings.configure(**values)
        import django

        django.setup()


def _label_app(label):
    """An installed app with this label and no module of its own (its models live in the user's files)."""
    import types

    from django.apps import AppConfig

    name = f"coach_app_{label}"
    module = types.ModuleType(name)
    module.__file__ = os.path.join(tempfile.gettempdir(), name, "__init__.py")
    config = type("Config", (AppConfig,), {"name": name, "label": label, "path": tempfile.gettempdir()})
    module.Config = config
    sys.modules[name] = module
    return f"{name}.Config"


def create_tables(*models):
    """Creates the tables (and indexes) of models defined outside any migration."""
    from django.db import connection

    with connection.schema_editor() as editor:
        for model in models:
            editor.create_model(model)


def migrate():
    """Runs the migrations of INSTALLED_APPS (auth, sessions…) on the test database."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


@contextlib.contextmanager
def redis_server():
    """A private redis-server on a unix socket in a temp folder; yields a redis.Redis client."""
    try:
        import redis
    except ModuleNotFoundError:
        raise MissingPackage("redis", "pip install redis") from None
    binary = shutil.which("redis-server")
    if binary is None:
        raise MissingPackage("redis-server", "apt install redis-server / brew install redis")
    folder = tempfile.mkdtemp(prefix="coach-redis-")
    sock = os.path.join(folder, "redis.sock")
    server = subprocess.Popen(
        [binary, "--port", "0", "--unixsocket", sock, "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    try:
        for _ in range(200):
            try:
                if client.ping():
                    break
            except (redis.ConnectionError, FileNotFoundError):
                time.sleep(0.02)
        else:
            raise RuntimeError("redis-server did not start")
        yield client
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Import name → what to install, for the runner's "install X" message.
PACKAGE_NAMES = {
    "django": "Django", "rest_framework": "djangorestframework", "jwt": "PyJWT",
    "fastapi": "fastapi", "starlette": "starlette", "pydantic": "pydantic", "flask": "Flask",
    "httpx": "httpx", "requests": "requests", "redis": "redis", "django_redis": "django-redis",
    "uvicorn": "uvicorn", "gunicorn": "gunicorn", "oauthlib": "oauthlib", "yaml": "PyYAML",
}


def install_name(module):
    top = (module or "").split(".")[0]
    return PACKAGE_NAMES.get(top, top)


if sys.version_info < (3, 9):  # pragma: no cover - the runner refuses older Pythons first
    raise RuntimeError("Python 3.9 or newer is needed")
