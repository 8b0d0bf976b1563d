"""Rate limiting with Redis, shared by every app server:
- fixed window: INCR a per-window counter that expires with the window
  (simple, cheap, but allows up to 2x the limit across a window boundary);
- sliding window log: a sorted set of request timestamps trimmed to the last
  N seconds, done atomically in a Lua script.
Times are passed in explicitly so the boundary effect is reproducible.

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 rate_limiter.py
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


LIMIT, WINDOW = 5, 10  # 5 requests per 10 seconds per client


def fixed_window_allow(r, client_id, now):
    key = f"rl:fixed:{client_id}:{int(now // WINDOW)}"
    pipe = r.pipeline()  # MULTI/EXEC: both commands run atomically
    pipe.set(key, 0, ex=WINDOW, nx=True)  # create the window's counter with its expiry once
    pipe.incr(key)
    count = pipe.execute()[1]
    return count <= LIMIT


SLIDING = """
local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)   -- forget requests older than the window
if redis.call('ZCARD', key) >= limit then return 0 end
redis.call('ZADD', key, now, member)
redis.call('EXPIRE', key, window)
return 1
"""


def run(label, allow, times):
    decisions = [allow(t) for t in times]
    shown = " ".join(f"{t:>4}:{'ok' if d else '429'}" for t, d in zip(times, decisions))
    print(f"{label:15} {shown}")
    return decisions


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, r = start_redis(workdir)
try:
    sliding_script = r.register_script(SLIDING)
    seq = iter(range(10**6))

    def sliding_allow(client_id, now):
        return bool(sliding_script(keys=[f"rl:sliding:{client_id}"], args=[now, WINDOW, LIMIT, f"{now}-{next(seq)}"]))

    print(f"limit: {LIMIT} requests / {WINDOW} s; 'time:decision' for each request\n")
    print("== a burst of 7 requests at t=1 ==")
    burst = [1.0] * 7
    d = run("fixed window", lambda t: fixed_window_allow(r, "alice", t), burst)
    assert d == [True] * 5 + [False] * 2
    d = run("sliding window", lambda t: sliding_allow("alice", t), burst)
    assert d == [True] * 5 + [False] * 2

    print("\n== 5 requests just before a window boundary, 5 just after ==")
    edge = [19.5] * 5 + [20.5] * 5
    d = run("fixed window", lambda t: fixed_window_allow(r, "bob", t), edge)
    print("  -> fixed window let 10 through within 1 second (new window at t=20)")
    assert all(d)
    d = run("sliding window", lambda t: sliding_allow("bob", t), edge)
    print("  -> sliding window still counts the 5 from t=19.5")
    assert d == [True] * 5 + [False] * 5

    print("\n== the sliding window frees capacity as old requests age out ==")
    d = run("sliding window", lambda t: sliding_allow("bob", t), [29.4, 29.6])
    assert d == [False, True]  # at 29.6 the requests from 19.5 are > 10 s old

    keys = sorted(r.keys("rl:*"))
    print(f"\nkeys: {keys}; every key has a TTL: {all(r.ttl(k) > 0 for k in keys)}")
    assert all(r.ttl(k) > 0 for k in keys)  # counters clean themselves up
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: fixed-window INCR+EXPIRE and a sliding-window sorted set limit requests across all servers")
