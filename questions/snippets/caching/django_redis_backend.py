"""Redis as Django's cache backend: the same cache API, but the data lives in
a Redis server shared by every worker process. Shows the key layout
(KEY_PREFIX:VERSION:key), TTLs, pickled values vs raw integers (so incr() is
an atomic INCR), sharing across processes, and why cache.clear() is dangerous
on a shared Redis database (it runs FLUSHDB).

Needs: pip install django redis    (Django 4.0+ has the backend built in:
       django.core.cache.backends.redis.RedisCache; on Django 3.2 use
       pip install django-redis, Debian: apt install python3-django-redis)
       and a redis-server binary (apt install redis-server).
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 django_redis_backend.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

REDIS_SERVER = shutil.which("redis-server")
try:
    import django
    import redis
    from django.conf import settings
except ImportError:
    print("This snippet needs Django and redis-py: pip install django redis")
    sys.exit(2)
if django.VERSION >= (4, 0):
    BACKEND = "django.core.cache.backends.redis.RedisCache"
else:
    try:
        import django_redis  # noqa: F401
    except ImportError:
        print(f"Django {django.get_version()} has no built-in Redis cache backend: "
              "pip install django-redis (Debian: apt install python3-django-redis) or Django>=4.0")
        sys.exit(2)
    BACKEND = "django_redis.cache.RedisCache"
if REDIS_SERVER is None:
    print("This snippet needs the redis-server binary: apt install redis-server (or brew install redis)")
    sys.exit(2)


def start_redis(workdir):
    """Start a private redis-server (no TCP port, unix socket only); return (process, socket path)."""
    sock = os.path.join(workdir, "redis.sock")
    log = os.path.join(workdir, "redis.log")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
         "--save", "", "--appendonly", "no", "--dir", workdir, "--logfile", log],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    probe = redis.Redis(unix_socket_path=sock)
    deadline = time.monotonic() + 10
    while True:
        try:
            probe.ping()
            return proc, sock
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"redis-server did not start, see {log}")
            time.sleep(0.02)


def caches_setting(sock):
    return {"default": {
        "BACKEND": BACKEND,
        "LOCATION": f"unix://{sock}",  # usually "redis://redis-host:6379/1"
        "KEY_PREFIX": "shop",
        "TIMEOUT": 300,
    }}


# A second "worker process" reads what the first one cached.
if len(sys.argv) == 3 and sys.argv[1] == "--worker":
    settings.configure(CACHES=caches_setting(sys.argv[2]), USE_TZ=True)
    django.setup()
    from django.core.cache import cache
    print(cache.get("user:1"))
    sys.exit(0)

workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, sock = start_redis(workdir)
try:
    settings.configure(CACHES=caches_setting(sock), USE_TZ=True)
    django.setup()
    from django.core.cache import cache

    raw = redis.Redis(unix_socket_path=sock)  # look at what Django stored, byte for byte
    print(f"BACKEND = {BACKEND}\n")

    print("== keys, values and TTLs as stored in Redis ==")
    cache.set("user:1", {"name": "Ada", "plan": "pro"}, timeout=30)
    cache.set("visits", 0, timeout=None)  # None = never expires; 0 would mean "don't cache"
    cache.incr("visits", 3)
    for key in sorted(raw.keys("*")):
        value = raw.get(key)
        print(f"  {key.decode():18} TTL={raw.ttl(key):3}  raw={value[:24]!r}{'...' if len(value) > 24 else ''}")
    assert raw.ttl(b"shop:1:user:1") in (29, 30) and raw.ttl(b"shop:1:visits") == -1
    assert raw.get(b"shop:1:visits") == b"3"  # plain integer, so incr() is Redis INCR
    assert raw.get(b"shop:1:user:1").startswith(b"\x80")  # a pickle
    print(f"cache.get('user:1') -> {cache.get('user:1')}")

    print("\n== shared by every process (unlike LocMemCache) ==")
    worker = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", sock],
                            capture_output=True, text=True, timeout=60)
    print(f"another process reads user:1 -> {worker.stdout.strip()}")
    assert worker.returncode == 0 and "Ada" in worker.stdout

    print("\n== versioning: bump the version instead of deleting ==")
    cache.set("price:42", 100, version=1)
    cache.set("price:42", 120, version=2)
    print(f"v1={cache.get('price:42', version=1)} v2={cache.get('price:42', version=2)} "
          f"keys: {sorted(k.decode() for k in raw.keys('shop:*:price:42'))}")
    assert cache.get("price:42", version=2) == 120

    print("\n== careful: cache.clear() runs FLUSHDB on the whole Redis database ==")
    raw.set("celery-task-meta-123", "something another app stored")
    cache.clear()
    print(f"keys left after cache.clear(): {raw.dbsize()} (the other app's key is gone too)")
    assert raw.dbsize() == 0
    print("-> give the cache its own Redis DB/instance, or delete by key/prefix instead")
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: Django's cache API on Redis: prefixed versioned keys with TTLs, shared across processes")
