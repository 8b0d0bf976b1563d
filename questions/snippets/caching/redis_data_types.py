"""Redis data types and what each is good for: strings (cache values,
counters), hashes (objects), lists (queues), sets (unique members), sorted
sets (leaderboards, time-ordered data), HyperLogLog (approximate unique
counts), streams (append-only event logs), plus key expiry (TTL).

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 redis_data_types.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

REDIS_SERVER = shutil.which("redis-server")
try:
    import redis
except ImportError:
    print("This snippet needs redis-py: pip install redis")
    sys.exit(2)
if REDIS_SERVER is None:
    print("This snippet needs the redis-server binary: apt install redis-server (or brew install redis)")
    sys.exit(2)


def start_redis(workdir, *extra):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, "redis.sock")
    log = os.path.join(workdir, "redis.log")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
         "--save", "", "--appendonly", "no", "--dir", workdir, "--logfile", log, *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return proc, client
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"redis-server did not start, see {log}")
            time.sleep(0.02)


def stop_redis(proc):
    proc.terminate()
    proc.wait(timeout=10)


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, r = start_redis(workdir)
try:
    print(f"redis-server {r.info('server')['redis_version']}, redis-py {redis.__version__}\n")

    print("== string: cached values and atomic counters ==")
    r.set("page:/home", "<html>...</html>", ex=60)  # SET with a 60 s TTL
    r.incr("views:article:42")
    r.incrby("views:article:42", 9)
    print(f"GET views:article:42 = {r.get('views:article:42')}, TTL page:/home = {r.ttl('page:/home')} s")
    assert r.get("views:article:42") == "10" and 0 < r.ttl("page:/home") <= 60

    print("\n== hash: an object's fields under one key ==")
    r.hset("user:1", mapping={"name": "Ada", "email": "ada@example.com", "logins": 0})
    r.hincrby("user:1", "logins", 1)
    print(f"HGETALL user:1 = {r.hgetall('user:1')}")
    assert r.hget("user:1", "logins") == "1"

    print("\n== list: a FIFO queue (LPUSH + RPOP) ==")
    r.lpush("jobs", "resize:1", "resize:2", "resize:3")
    first = r.rpop("jobs")
    print(f"RPOP jobs -> {first}; remaining {r.lrange('jobs', 0, -1)}")
    assert first == "resize:1" and r.llen("jobs") == 2

    print("\n== set: unique members, set algebra ==")
    r.sadd("tags:post:1", "python", "django", "redis")
    r.sadd("tags:post:2", "python", "fastapi", "python")  # duplicate ignored
    common = r.sinter("tags:post:1", "tags:post:2")
    print(f"SCARD tags:post:2 = {r.scard('tags:post:2')}, SINTER = {common}")
    assert common == {"python"} and r.scard("tags:post:2") == 2

    print("\n== sorted set: a leaderboard ==")
    r.zadd("leaderboard", {"ada": 3100, "alan": 2800, "grace": 3500})
    r.zincrby("leaderboard", 500, "alan")
    top = r.zrevrange("leaderboard", 0, 2, withscores=True)
    print(f"ZREVRANGE top 3 = {top}; rank of ada = {r.zrevrank('leaderboard', 'ada')}")
    assert [name for name, _ in top] == ["grace", "alan", "ada"]

    print("\n== HyperLogLog: unique visitors in a fixed ~12 KB, ~1% error ==")
    for i in range(0, 20000, 100):
        r.pfadd("visitors:today", *[f"user{j}" for j in range(i, i + 100)])
    estimate = r.pfcount("visitors:today")
    print(f"PFCOUNT after 20000 distinct ids = {estimate}, memory {r.memory_usage('visitors:today')} bytes")
    assert abs(estimate - 20000) / 20000 < 0.03

    print("\n== stream: an append-only log with ids ==")
    ids = [r.xadd("orders", {"order": n, "total": t}) for n, t in [(1, 30), (2, 45)]]
    entries = r.xrange("orders")
    print(f"XADD ids {ids}; XRANGE -> {entries}")
    assert [e[1]["order"] for e in entries] == ["1", "2"]

    print("\n== expiry: any key can have a TTL ==")
    r.set("otp:ada", "493817", px=150)
    print(f"otp right away: {r.get('otp:ada')}")
    time.sleep(0.25)
    print(f"otp after 250 ms: {r.get('otp:ada')}")
    assert r.get("otp:ada") is None

    types_seen = {k: r.type(k) for k in ["page:/home", "user:1", "jobs", "tags:post:1", "leaderboard", "orders"]}
    print(f"\nTYPE of each key: {types_seen}")
    assert types_seen == {"page:/home": "string", "user:1": "hash", "jobs": "list", "tags:post:1": "set",
                          "leaderboard": "zset", "orders": "stream"}, types_seen
finally:
    stop_redis(proc)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: strings, hashes, lists, sets, sorted sets, HyperLogLog, streams and TTLs in Redis")
