"""Why Redis is fast, and in what sense it is single-threaded.

Shows, on a throwaway redis-server (unix socket in a temp dir):
- INFO: one event loop multiplexes every client (multiplexing_api epoll/kqueue) and data lives in
  memory; io-threads defaults to 1 (I/O threads, Redis 6+, only read/write sockets; commands still
  run one at a time on the main thread);
- commands execute one at a time: while one client's slow Lua script runs (a busy loop of about
  0.3-0.5 s), another client's INCR is not executed: it is answered only after the script has
  finished (a script running past busy-reply-threshold, 5 s, gets other clients a BUSY error
  instead; the snippet accepts either). So every command is atomic, and one slow command
  (KEYS *, a big SORT, a long script) stalls all clients;
- many cheap commands are sent in one round trip with a pipeline.

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


workdir = tempfile.mkdtemp(prefix="redis-threads-")
proc, r = start_redis(workdir)
try:
    info = r.info()
    print(f"redis {info['redis_version']}: multiplexing_api={info['multiplexing_api']}, "
          f"io-threads={r.config_get('io-threads')['io-threads']}, used_memory={info['used_memory_human']}")
    assert info["multiplexing_api"] in ("epoll", "kqueue", "evport")
    assert r.config_get("io-threads")["io-threads"] == "1", "I/O threads are off by default"

    order = []
    other = redis.Redis(unix_socket_path=r.connection_pool.connection_kwargs["path"], decode_responses=True)
    other.ping()
    # A busy loop of plain Lua arithmetic (about 0.3-0.5 s); TIME is not used: Redis 8.0 hands a script
    # the same TIME throughout (seen on 8.0.6), so a TIME-bounded loop would run until busy-reply-threshold.
    # It reads the counter before and after the loop: if another client's command could run in the
    # middle, the two would differ.
    slow_script = ("local before = redis.call('GET', 'counter') or '0'; local x = 0; "
                   "for i = 1, 30000000 do x = x + i end; redis.call('SET', 'slow', 'done'); "
                   "return {before, redis.call('GET', 'counter') or '0'}")
    seen = {}

    def slow_client():
        seen["before"], seen["after"] = r.eval(slow_script, 0)
        order.append("slow script finished")

    worker = threading.Thread(target=slow_client)
    worker.start()
    while not r.connection_pool._in_use_connections and worker.is_alive():
        time.sleep(0.001)
    time.sleep(0.05)                       # the script is now running inside the server
    try:
        other.incr("counter")              # a cheap command from another client...
        order.append(f"INCR answered (slow = {other.get('slow')})")
    except redis.ResponseError as e:       # past busy-reply-threshold: BUSY, rather than queueing it
        order.append(f"INCR refused: {str(e).split('.')[0]}")
    worker.join()
    print("completion order:", order, "| counter seen by the script before/after its loop:", seen)
    # Whichever thread is scheduled first afterwards, the server ran the INCR before or after the whole
    # script, never in the middle of it (or refused it with BUSY).
    assert seen["before"] == seen["after"], "a command ran in the middle of the script"
    assert "INCR answered (slow = done)" in order or any(o.startswith("INCR refused: BUSY") for o in order), order

    pipe = r.pipeline(transaction=False)
    for i in range(1000):
        pipe.incr("hits")
    results = pipe.execute()               # 1000 commands, one round trip
    assert results[-1] == 1000
    print("1000 INCRs in one pipeline ->", results[-1])
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: one event loop serves all clients and executes one command at a time (another client's command could "
      "not run during a slow script); io-threads is 1 by default")
