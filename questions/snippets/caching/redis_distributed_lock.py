"""A distributed lock on one Redis: SET key token NX PX, and release only if you still own it.

Shows, on a throwaway redis-server (unix socket in a temp dir):
- SET lock:job <random token> NX PX 200: the first caller gets it, a second one gets None;
- the expiry frees the lock of a holder that crashed (or paused longer than the TTL) - and then
  another worker takes it;
- a naive DEL by the first (slow) worker after its expiry deletes the SECOND worker's lock: two
  workers now think they hold it;
- the safe release is a compare-and-delete Lua script (GET == my token, then DEL) - atomic on the
  server - which refuses to delete a lock it does not own;
- redis-py's own Lock (r.lock(...)) does the same with its token: releasing an expired, re-taken
  lock raises LockNotOwnedError.
Even done right, a lock with a TTL is a lease: a holder that overruns it can still write after
another took over, so protect the resource itself (fencing tokens, a conditional write). Redlock
(several independent masters) has the same caveat and depends on timing assumptions.

Needs: pip install redis, and a redis-server binary (apt install redis-server).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import threading
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


def start_redis(workdir, name="redis", *extra):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, name + ".sock")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700", "--save", "",
         "--appendonly", "no", "--dir", workdir, "--dbfilename", name + ".rdb",
         "--logfile", os.path.join(workdir, name + ".log"), *extra],
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
                raise RuntimeError(f"redis-server did not start, see {workdir}/{name}.log")
            time.sleep(0.02)


RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end"

workdir = tempfile.mkdtemp(prefix="redis-lock-")
proc, r = start_redis(workdir)
try:
    token_a, token_b = "worker-a-7f3c", "worker-b-91d2"
    assert r.set("lock:job", token_a, nx=True, px=200) is True
    second = r.set("lock:job", token_b, nx=True, px=200)
    print("A: SET NX PX ->", True, "| B while A holds it ->", second, "| PTTL", r.pttl("lock:job"), "ms")
    assert second is None

    time.sleep(0.3)                           # A is slow (GC pause, slow query): its lease runs out
    assert r.get("lock:job") is None, "the expiry freed the lock"
    assert r.set("lock:job", token_b, nx=True, px=5000) is True
    print("after A's TTL: B takes the lock ->", r.get("lock:job"))

    released = r.eval(RELEASE, 1, "lock:job", token_a)
    print("A's compare-and-delete ->", released, "| lock still held by", r.get("lock:job"))
    assert released == 0 and r.get("lock:job") == token_b

    r.delete("lock:job")                      # A's naive release: DEL does not ask who owns the key
    print("A's naive DEL instead -> lock now", r.get("lock:job"), "(B's lock is gone; a third worker could take it)")
    assert r.get("lock:job") is None
    assert r.set("lock:job", token_b, nx=True, px=5000)
    assert r.eval(RELEASE, 1, "lock:job", token_b) == 1 and r.get("lock:job") is None, "the owner's release works"

    lock = r.lock("lock:report", timeout=0.2)   # redis-py: a random token per Lock object
    assert lock.acquire(blocking=False)
    stored = r.get("lock:report")
    print("redis-py Lock stores its token:", stored)
    assert stored and stored == (lock.local.token.decode() if isinstance(lock.local.token, bytes) else lock.local.token)
    time.sleep(0.3)
    other = r.lock("lock:report", timeout=5)
    assert other.acquire(blocking=False), "expired: someone else takes it"
    try:
        lock.release()
        raise AssertionError("releasing a lock we no longer own must fail")
    except redis.exceptions.LockNotOwnedError as e:
        print("first Lock.release() after expiry ->", type(e).__name__)
    assert r.get("lock:report") is not None, "the other holder's lock survived"
    other.release()
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: SET NX PX grants one holder, the TTL frees a dead holder's lock, and only a token-checked release "
      "(Lua or redis-py's Lock) avoids deleting someone else's lock")
