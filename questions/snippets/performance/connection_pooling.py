"""Connection pooling: reuse connections instead of opening one per request, and cap how many exist.

Shows:
- HTTP: 20 calls to a local upstream API with `httpx.get()` open 20 TCP connections; the same
  20 calls through one `httpx.Client()` reuse a single kept-alive connection (requests.Session
  behaves the same). The server counts the connections it accepted;
- database-style pool: 8 concurrent requests share a pool of 3 connections (queue.Queue):
  only 3 connections are ever created and never more than 3 are in use, the others wait their turn
  (what SQLAlchemy's pool_size, Django's CONN_MAX_AGE or PgBouncer give you).

Needs: pip install httpx
"""
import queue
import sqlite3
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

try:
    import httpx
except ImportError as exc:
    print(f"This example needs httpx: pip install httpx  ({exc})")
    sys.exit(2)

CONNECTIONS = [0]


class Upstream(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: several requests per TCP connection
    disable_nagle_algorithm = True  # headers and body go out as separate small writes

    def setup(self):
        CONNECTIONS[0] += 1  # one handler instance per accepted TCP connection
        super().setup()

    def do_GET(self):
        body = b'{"rate": 1.08}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)  # port 0: the OS picks a free port
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
url = f"http://127.0.0.1:{server.server_address[1]}/rate"
try:
    CONNECTIONS[0] = 0
    start = time.perf_counter()
    for _ in range(20):
        assert httpx.get(url).json()["rate"] == 1.08  # a new client, so a new connection, every call
    no_pool = (CONNECTIONS[0], (time.perf_counter() - start) * 1000)

    CONNECTIONS[0] = 0
    start = time.perf_counter()
    with httpx.Client() as client:  # create once, reuse for the life of the app
        for _ in range(20):
            assert client.get(url).json()["rate"] == 1.08
    pooled = (CONNECTIONS[0], (time.perf_counter() - start) * 1000)
finally:
    server.shutdown()
    server.server_close()
    thread.join()

print(f"20 HTTP calls, httpx.get() each time : {no_pool[0]:2} TCP connections, {no_pool[1]:6.1f} ms")
print(f"20 HTTP calls, one httpx.Client()    : {pooled[0]:2} TCP connection,  {pooled[1]:6.1f} ms")
assert no_pool[0] == 20 and pooled[0] == 1


class Pool:
    """A minimal fixed-size connection pool."""

    def __init__(self, size, connect):
        self.idle, self.created, self.in_use, self.peak = queue.Queue(), 0, 0, 0
        self.lock, self.size, self.connect = threading.Lock(), size, connect

    def acquire(self, timeout=5):
        with self.lock:
            if self.idle.empty() and self.created < self.size:
                self.created += 1
                self.idle.put(self.connect())
        conn = self.idle.get(timeout=timeout)  # wait for a free connection (pool_timeout)
        with self.lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
        return conn

    def release(self, conn):
        with self.lock:
            self.in_use -= 1
        self.idle.put(conn)


pool = Pool(3, lambda: sqlite3.connect(":memory:", check_same_thread=False))


def handle_request(results):
    conn = pool.acquire()
    try:
        time.sleep(0.05)  # the query
        results.append(conn.execute("SELECT 1").fetchone()[0])
    finally:
        pool.release(conn)  # give it back, never close it


results = []
workers = [threading.Thread(target=handle_request, args=(results,)) for _ in range(8)]
start = time.perf_counter()
for w in workers:
    w.start()
for w in workers:
    w.join()
elapsed = time.perf_counter() - start
print(f"8 concurrent requests, pool of 3: {pool.created} connections created, at most {pool.peak} in use, "
      f"{elapsed:.2f} s (3 waves of 0.05 s)")
assert results == [1] * 8 and pool.created == 3 and pool.peak == 3
print("OK: one pooled HTTP client reused 1 connection for 20 calls; a pool of 3 served 8 requests with 3 connections")
