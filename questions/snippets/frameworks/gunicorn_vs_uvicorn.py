"""gunicorn vs uvicorn: a WSGI process manager, an ASGI server, and the two combined.

Starts real servers on free 127.0.0.1 ports, sends one request to each, then stops them by PID:
1. gunicorn (sync workers) serving a WSGI app: a master process forks 2 worker processes;
2. uvicorn serving an ASGI app: one process running an asyncio event loop;
3. gunicorn with uvicorn's worker class serving the ASGI app: gunicorn manages the processes,
   each worker runs uvicorn's event loop. The class is `uvicorn_worker.UvicornWorker` from the
   `uvicorn-worker` package when installed; otherwise the old `uvicorn.workers.UvicornWorker`
   (deprecated since uvicorn 0.30);
4. gunicorn's default sync worker given the ASGI app: it calls app(environ, start_response),
   which an ASGI app cannot handle -> 500. The server has to speak the app's interface;
5. only on gunicorn 24+: gunicorn's own `--worker-class asgi`, no uvicorn involved.

The apps are written by hand (no framework) so only the servers are needed.
Needs: pip install gunicorn uvicorn   (gunicorn runs on Unix only)
"""
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from importlib.util import find_spec

try:
    import gunicorn
    import uvicorn  # noqa: F401
except ImportError as exc:
    print(f"This example needs gunicorn and uvicorn: pip install gunicorn uvicorn  ({exc})")
    sys.exit(2)

APPS = textwrap.dedent('''
    import json, os

    def wsgi_app(environ, start_response):          # WSGI: a plain function, one request per call
        body = json.dumps({"interface": "WSGI", "pid": os.getpid(), "ppid": os.getppid()}).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]

    async def asgi_app(scope, receive, send):       # ASGI: a coroutine talking in events
        if scope["type"] != "http":                 # e.g. "lifespan" at startup
            return
        body = json.dumps({"interface": "ASGI", "pid": os.getpid(), "ppid": os.getppid()}).encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})
''')


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(port, proc, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on port {port}")


def get(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            return r.status, r.headers.get("Server", "?"), r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Server", "?"), err.read().decode()[:60]


py = sys.executable
if find_spec("uvicorn_worker"):
    UVICORN_WORKER = "uvicorn_worker.UvicornWorker"  # the maintained package (pip install uvicorn-worker)
elif find_spec("uvicorn.workers"):
    UVICORN_WORKER = "uvicorn.workers.UvicornWorker"  # bundled in uvicorn, deprecated since 0.30
else:
    UVICORN_WORKER = None
from gunicorn.workers import SUPPORTED_WORKERS  # noqa: E402
NATIVE_ASGI = "asgi" in SUPPORTED_WORKERS  # gunicorn 24+ ships its own ASGI worker
print(f"gunicorn {gunicorn.__version__}: worker classes {sorted(SUPPORTED_WORKERS)}; "
      f"uvicorn {uvicorn.__version__}: gunicorn worker = {UVICORN_WORKER}")
setups = [
    ("gunicorn, 2 sync workers, WSGI app", [py, "-m", "gunicorn", "-w", "2", "-b", "127.0.0.1:{port}", "apps:wsgi_app"]),
    ("uvicorn, ASGI app", [py, "-m", "uvicorn", "apps:asgi_app", "--host", "127.0.0.1", "--port", "{port}"]),
    ("gunicorn sync worker, ASGI app (wrong)", [py, "-m", "gunicorn", "-w", "1", "-b", "127.0.0.1:{port}", "apps:asgi_app"]),
]
if UVICORN_WORKER:
    setups.append(("gunicorn + UvicornWorker x2, ASGI app", [py, "-m", "gunicorn", "-w", "2", "-k", UVICORN_WORKER,
                                                            "-b", "127.0.0.1:{port}", "apps:asgi_app"]))
if NATIVE_ASGI:
    setups.append(("gunicorn --worker-class asgi x2, ASGI app", [py, "-m", "gunicorn", "-w", "2", "-k", "asgi",
                                                                "-b", "127.0.0.1:{port}", "apps:asgi_app"]))

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "apps.py"), "w") as f:
        f.write(APPS)
    servers = []
    try:
        for label, cmd in setups:  # start them all at once, then wait for them
            port = free_port()
            log = open(os.path.join(tmp, f"server{len(servers)}.log"), "w")
            proc = subprocess.Popen([part.format(port=port) for part in cmd], cwd=tmp,
                                    stdout=log, stderr=subprocess.STDOUT)
            servers.append((label, port, proc, log))
        results = []
        for label, port, proc, _ in servers:
            wait_until_listening(port, proc)
            status, server, body = get(port)
            short = " ".join(body.split())[:70]
            print(f"{label:41} :{port} pid={proc.pid:<7} -> {status} Server: {server:8} {short}")
            results.append((label, proc.pid, status, server, body))
    finally:
        for _, _, proc, log in servers:
            proc.terminate()  # SIGTERM by PID: both servers shut down gracefully
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()

import json  # noqa: E402  (only needed for checking the results)

results = {label: (pid, status, server, body) for label, pid, status, server, body in results}
g_pid, g_status, g_server, g_body = results["gunicorn, 2 sync workers, WSGI app"]
u_pid, u_status, u_server, u_body = results["uvicorn, ASGI app"]
g, u = json.loads(g_body), json.loads(u_body)
assert g_status == 200 and g["interface"] == "WSGI" and g_server.startswith("gunicorn")
assert g["ppid"] == g_pid and g["pid"] != g_pid, "gunicorn: a forked worker answered, the master only manages"
assert u_status == 200 and u["interface"] == "ASGI" and u_server == "uvicorn"
assert u["pid"] == u_pid, "plain uvicorn: the process we started answered itself"
assert results["gunicorn sync worker, ASGI app (wrong)"][1] == 500, "a WSGI worker cannot run an ASGI app"
shown = ["WSGI (gunicorn)", "ASGI (uvicorn)", "sync worker + ASGI app = 500"]
if UVICORN_WORKER:
    gu_pid, gu_status, gu_server, gu_body = results["gunicorn + UvicornWorker x2, ASGI app"]
    gu = json.loads(gu_body)
    assert gu_status == 200 and gu["interface"] == "ASGI" and gu_server == "uvicorn"
    assert gu["ppid"] == gu_pid and gu["pid"] != gu_pid, "gunicorn master, uvicorn worker process"
    shown.append(f"gunicorn -k {UVICORN_WORKER}")
if NATIVE_ASGI:
    na_pid, na_status, _, na_body = results["gunicorn --worker-class asgi x2, ASGI app"]
    na = json.loads(na_body)
    assert na_status == 200 and na["interface"] == "ASGI"
    assert na["ppid"] == na_pid and na["pid"] != na_pid, "gunicorn's own ASGI worker, forked by the master"
    shown.append("gunicorn -k asgi (native, 24+)")
else:
    print(f"gunicorn {gunicorn.__version__} has no native ASGI worker (added in 24.0)")
assert all(proc.poll() is not None for _, _, proc, _ in servers), "every server was stopped"
print("all servers stopped")
print("OK: " + "; ".join(shown))
