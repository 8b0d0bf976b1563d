"""Prints the versions of the libraries the snippets and exercises use, one "name version" a line."""
import sys
from importlib import metadata

DISTRIBUTIONS = [
    ("Django", "django"), ("DRF", "djangorestframework"), ("FastAPI", "fastapi"),
    ("pydantic", "pydantic"), ("Starlette", "starlette"), ("Flask", "flask"), ("PyJWT", "pyjwt"),
    ("uvicorn", "uvicorn"), ("gunicorn", "gunicorn"), ("redis-py", "redis"),
    ("django-redis", "django-redis"), ("httpx", "httpx"),
]

print("Python", sys.version.split()[0])
for label, distribution in DISTRIBUTIONS:
    try:
        print(label, metadata.version(distribution))
    except metadata.PackageNotFoundError:
        print(label, "missing")
