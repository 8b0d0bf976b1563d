"""Cache stampede (thundering herd): when a hot key expires, every concurrent
request misses and recomputes the same expensive value at once. Fix: let one
caller rebuild it under a short Redis lock (SET NX PX) while the others wait
for the fresh value; add TTL jitter so many keys don't expire together.

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 cache_stampede.py
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid

REDIS_SERVER = shutil.which("redis-server")
try:
    import redis
except ImportError:
    print("This snippet needs redis-py: pip install redis")
    sys.exit(2)
if REDIS_SERVER is None:
    print("This snippet needs the redis-server binary: apt install redis-server (or brew install redis)")
    sys.exit(2)


def start_redis(workdir):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, "redis.sock")
    log = os.path.join(workdir, "redis.log")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
         "--save", "", "--appendonly", "no", "--dir", workdir, "--logfile", log],
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


KEY, LOCK = "report:daily", "lock:report:daily"
computations = 0
counter_lock = threading.Lock()


def expensive_report():
    """Stands in for a slow query: 300 ms of 'database' work."""
    global computations
    with counter_lock:
        computations += 1
    time.sleep(0.3)
    return "report built at %.3f" % time.time()


def get_naive(r):
    value = r.get(KEY)
    if value is None:  # every concurrent caller gets here
        value = expensive_report()
        r.set(KEY, value, ex=60)
    return value


RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


def get_with_lock(r, release):
    while True:
        value = r.get(KEY)
        if value is not None:
            return value
        token = uuid.uuid4().hex
        if r.set(LOCK, token, nx=True, px=5000):  # only one caller wins; PX frees it if we crash
            try:
                # Check again under the lock: the winner before us may have stored it since our read.
                value = r.get(KEY)
                if value is None:
                    value = expensive_report()
                    r.set(KEY, value, ex=60 + random.randint(0, 30))  # TTL with jitter
                return value
            finally:
                release(keys=[LOCK], args=[token])  # delete only our own lock
        time.sleep(0.02)  # losers wait briefly, then read what the winner stored


def herd(fn, n=20):
    """n requests arrive at the same moment on a cold/expired key."""
    global computations
    computations = 0
    barrier = threading.Barrier(n)
    results = []

    def worker():
        barrier.wait()
        results.append(fn())

    threads = [threading.Thread(target=worker) for _ in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return computations, results, time.perf_counter() - start


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, r = start_redis(workdir)
try:
    release = r.register_script(RELEASE)

    print("== 20 simultaneous requests, key just expired, no protection ==")
    r.delete(KEY)
    n, results, took = herd(lambda: get_naive(r))
    print(f"expensive_report() ran {n} times ({took:.2f} s): every request hit the database")
    assert n >= 10  # (practically all 20) - the database takes the whole herd

    print("\n== same herd, one rebuilder under SET NX PX lock ==")
    r.delete(KEY)
    n, results, took = herd(lambda: get_with_lock(r, release))
    print(f"expensive_report() ran {n} time ({took:.2f} s); all 20 got the same value: {len(set(results)) == 1}")
    assert n == 1 and len(set(results)) == 1 and r.exists(LOCK) == 0

    print("\n== TTL jitter spreads expirations of keys written together ==")
    for i in range(5):
        r.set(f"product:{i}", "...", ex=60 + random.randint(0, 30))
    ttls = [r.ttl(f"product:{i}") for i in range(5)]
    print(f"TTLs of 5 keys cached in the same second: {ttls}")
    assert all(60 <= t <= 90 for t in ttls)
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: an expired hot key made the whole herd recompute; a SET NX lock cut it to one rebuild")
