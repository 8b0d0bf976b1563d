"""Redis eviction: when used memory reaches `maxmemory`, `maxmemory-policy`
decides what happens to a write: noeviction refuses it (OOM error),
allkeys-lru/lfu evict any key, volatile-lru/lfu/ttl evict only keys that
have a TTL. Expired keys are removed lazily on access plus by a periodic
sampler, independently of eviction.

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 eviction_policies.py
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


VALUE = "v" * 1024  # 1 KB values
BUDGET = 512 * 1024  # allow ~0.5 MB above the empty server's footprint


def fill(r, prefix, n, ttl=None):
    """Write n keys; return (written, first error or None)."""
    error = None
    written = 0
    for i in range(n):
        try:
            r.set(f"{prefix}:{i}", VALUE, ex=ttl)
            written += 1
        except redis.ResponseError as e:  # redis-py 5+ raises the OutOfMemoryError subclass
            error = e
            break
    return written, error


def reset(r, policy):
    r.flushall()
    r.config_set("maxmemory", 0)
    baseline = r.info("memory")["used_memory"]
    r.config_set("maxmemory-policy", policy)
    r.config_set("maxmemory", baseline + BUDGET)
    r.config_resetstat()


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, r = start_redis(workdir)
try:
    print(f"default policy: {r.config_get('maxmemory-policy')['maxmemory-policy']}; "
          f"each run below sets maxmemory to ~{BUDGET // 1024} KB above an empty server and writes 1 KB values\n")

    print("== noeviction (the default): writes fail, reads keep working ==")
    reset(r, "noeviction")
    written, error = fill(r, "k", 2000)
    print(f"wrote {written} keys, then: {type(error).__name__}: {error}")
    print(f"GET k:0 still works: {r.get('k:0') is not None}")
    assert error is not None and "maxmemory" in str(error) and written < 2000

    print("\n== allkeys-lru: the least recently used keys make room (approximated LRU) ==")
    reset(r, "allkeys-lru")
    r.config_set("maxmemory-samples", 10)  # default 5; more samples = closer to true LRU
    fill(r, "old", 300)
    time.sleep(1.1)  # Redis's LRU clock ticks in seconds
    for i in range(50):
        r.get(f"old:{i}")  # touch 50 of them: now recently used
    written, error = fill(r, "new", 300)
    evicted = r.info("stats")["evicted_keys"]
    touched = sum(r.exists(f"old:{i}") for i in range(50))
    untouched = sum(r.exists(f"old:{i}") for i in range(50, 300))
    print(f"wrote 300 more keys without error; evicted_keys={evicted}")
    print(f"survivors: recently read old keys {touched}/50, never re-read old keys {untouched}/250")
    assert error is None and evicted > 0
    # sampled, approximate LRU: compare the two groups rather than demand exact survivors
    assert touched / 50 > untouched / 250 + 0.3, (touched, untouched)

    print("\n== volatile-lru: only keys WITH a TTL may be evicted ==")
    reset(r, "volatile-lru")
    fill(r, "session", 100)            # no TTL: must survive
    fill(r, "cache", 300, ttl=3600)    # TTL: evictable
    written, error = fill(r, "cache-more", 2000, ttl=3600)
    sessions = sum(1 for _ in r.scan_iter("session:*"))
    print(f"cache writes ok: {written}; evicted_keys={r.info('stats')['evicted_keys']}; "
          f"sessions kept: {sessions}/100")
    assert sessions == 100 and r.info("stats")["evicted_keys"] > 0
    r.delete(*r.keys("cache*"))        # nothing evictable left...
    written, error = fill(r, "persistent", 2000)
    print(f"writes of keys without TTL once nothing evictable is left: {written} ok, then {type(error).__name__}")
    assert error is not None  # volatile-* with no TTL keys behaves like noeviction

    print("\n== expiry is separate from eviction ==")
    r.config_set("maxmemory", 0)
    r.config_resetstat()
    r.set("short", "lived", px=100)
    time.sleep(0.2)
    print(f"GET short after its TTL: {r.get('short')} (expired_keys={r.info('stats')['expired_keys']})")
    assert r.get("short") is None and r.info("stats")["expired_keys"] >= 1
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: at maxmemory, noeviction rejects writes, allkeys-lru evicts anything, volatile-lru only TTL keys")
