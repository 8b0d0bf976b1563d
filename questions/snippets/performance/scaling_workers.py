"""Scaling out: more worker processes behind one address serve more requests at once.

Starts gunicorn twice on free 127.0.0.1 ports, with 1 and with 3 sync workers, sends 6 concurrent
requests (each takes 0.15 s of I/O) to each, then stops both by PID. Shows:
- 1 worker handles one request at a time: ~0.9 s for 6; 3 workers: ~0.3 s, answered by 3 PIDs.
  The gunicorn master spreads connections the way a load balancer spreads them over machines;
- each worker has its own memory: an in-process counter differs per worker, which is why state
  (sessions, caches, counters) must live in a shared store before you scale out.

Needs: pip install gunicorn   (Unix only)
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import urllib.request

try:
    import gunicorn  # noqa: F401
except ImportError as exc:
    print(f"This example needs gunicorn: pip install gunicorn  ({exc})")
    sys.exit(2)

APP = textwrap.dedent('''
    import json, os, time
    HITS = {"count": 0}                      # lives in one worker's memory

    def app(environ, start_response):
        time.sleep(0.15)                     # a slow DB or API call
        HITS["count"] += 1
        body = json.dumps({"pid": os.getpid(), "hits_seen_by_this_worker": HITS["count"]}).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
''')
REQUESTS = 6


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(port, proc, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited early with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on port {port}")


def burst(port):
    answers = []

    def one():
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            answers.append(json.loads(r.read()))

    threads = [threading.Thread(target=one) for _ in range(REQUESTS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, answers


with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "app.py"), "w") as f:
        f.write(APP)
    servers = {}
    try:
        for workers in (1, 3):
            port = free_port()
            log = open(os.path.join(tmp, f"gunicorn-{workers}.log"), "w")
            proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}",
                                     "app:app"], cwd=tmp, stdout=log, stderr=subprocess.STDOUT)
            servers[workers] = (port, proc, log)
        for port, proc, _ in servers.values():
            wait_until_listening(port, proc)
        time.sleep(0.3)  # let every worker finish booting
        results = {}
        for workers, (port, proc, _) in servers.items():
            elapsed, answers = burst(port)
            pids = sorted({a["pid"] for a in answers})
            counters = {pid: max(a["hits_seen_by_this_worker"] for a in answers if a["pid"] == pid) for pid in pids}
            print(f"gunicorn -w {workers}: {REQUESTS} concurrent requests in {elapsed:.2f} s, "
                  f"answered by {len(pids)} PID(s); each worker's own hit counter: {counters}")
            results[workers] = (elapsed, pids, counters)
    finally:
        for port, proc, log in servers.values():
            proc.terminate()  # stop by PID (SIGTERM: graceful shutdown)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()

one_elapsed, one_pids, _ = results[1]
three_elapsed, three_pids, three_counters = results[3]
assert len(one_pids) == 1 and one_elapsed >= REQUESTS * 0.15 * 0.9, "one sync worker: one request at a time"
assert len(three_pids) >= 2 and three_elapsed < one_elapsed * 0.7, "more workers, requests in parallel"
assert sum(three_counters.values()) == REQUESTS and max(three_counters.values()) < REQUESTS, \
    "no single worker saw every request: in-process state is not shared"
print("both servers stopped")
print("OK: 3 workers served the burst about 3x faster than 1, and each kept its own separate memory")
