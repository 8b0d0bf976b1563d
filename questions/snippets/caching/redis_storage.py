"""Where Redis keeps data: in RAM. Persistence is optional and goes to disk
in two ways: RDB snapshots (a point-in-time dump.rdb, so a crash loses the
writes since the last snapshot) and the AOF (an append-only log of every
write, replayed on restart). Shown by killing the server with SIGKILL and
restarting it on the same directory.

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway servers on a unix socket.
Run:   python3 redis_storage.py
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


def start_redis(workdir, appendonly="no"):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, "redis.sock")
    log = os.path.join(workdir, "redis.log")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
         "--save", "", "--appendonly", appendonly, "--dir", workdir, "--logfile", log],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(unix_socket_path=sock, decode_responses=True)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return proc, client
        except (redis.ConnectionError, redis.BusyLoadingError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"redis-server did not start, see {log}")
            time.sleep(0.02)


def crash(proc):
    proc.kill()  # SIGKILL: no chance to save anything on the way out
    proc.wait(timeout=10)


def files(workdir):
    return sorted(f for f in os.listdir(workdir) if not f.startswith("redis."))


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc = None
try:
    proc, r = start_redis(workdir)
    print("== the data lives in the server's memory ==")
    r.mset({f"product:{i}": "x" * 100 for i in range(10000)})
    mem = r.info("memory")
    print(f"10000 keys -> used_memory {mem['used_memory_human']}; "
          f"maxmemory {r.config_get('maxmemory')['maxmemory']} (0 = no limit), "
          f"policy {r.config_get('maxmemory-policy')['maxmemory-policy']}")
    print(f"files on disk so far: {files(workdir)}  (this demo starts with save \"\" and appendonly no)")
    assert files(workdir) == []

    print("\n== RDB: a point-in-time snapshot ==")
    r.save()  # production uses BGSAVE or `save <seconds> <changes>` rules (fork + copy-on-write)
    print(f"after SAVE: {files(workdir)} ({os.path.getsize(os.path.join(workdir, 'dump.rdb'))} bytes)")
    r.set("written_after_snapshot", "1")
    crash(proc)
    proc, r = start_redis(workdir)
    print(f"after kill -9 + restart: {r.dbsize()} keys; written_after_snapshot = {r.get('written_after_snapshot')}")
    assert r.dbsize() == 10000 and r.get("written_after_snapshot") is None  # lost since the snapshot

    print("\n== AOF: every write appended to a log ==")
    r.config_set("appendonly", "yes")   # starts with a rewrite of the current dataset
    r.config_set("appendfsync", "always")  # default everysec: may lose ~1 s on a power cut
    while r.info("persistence")["aof_rewrite_in_progress"] or r.info("persistence")["aof_rewrite_scheduled"]:
        time.sleep(0.05)
    r.set("written_after_aof_on", "1")
    crash(proc)
    print(f"files: {files(workdir)}")
    proc, r = start_redis(workdir, appendonly="yes")
    print(f"after kill -9 + restart with AOF: {r.dbsize()} keys; written_after_aof_on = {r.get('written_after_aof_on')}")
    assert r.get("written_after_aof_on") == "1" and r.dbsize() == 10001
    assert any(f.startswith("appendonly") for f in files(workdir))  # appendonlydir/ (7.x) or appendonly.aof
    preamble = r.config_get("aof-use-rdb-preamble")["aof-use-rdb-preamble"]
    base = [os.path.join(d, f) for d, _, fs in os.walk(workdir) for f in fs if ".base." in f or f == "appendonly.aof"]
    with open(base[0], "rb") as fh:
        magic = fh.read(5)
    print(f"aof-use-rdb-preamble {preamble}; AOF base file {os.path.basename(base[0])} starts with {magic!r} (RDB format)")
    assert preamble == "yes" and magic == b"REDIS", "the rewritten AOF base is an RDB snapshot: restart loads it fast"
finally:
    if proc is not None and proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: Redis serves from RAM; RDB snapshots lose recent writes on a crash, the AOF replays them")
