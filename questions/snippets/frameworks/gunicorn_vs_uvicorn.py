"""gunicorn vs uvicorn: a WSGI process manager, an ASGI server, and the two combined.

Starts four real servers on free 127.0.0.1 ports, sends one request to each, then stops them by PID:
1. gunicorn (sync workers) serving a WSGI app: a master process forks 2 worker processes;
2. uvicorn serving an ASGI app: one process running an asyncio event loop;
3. gunicorn with `-k uvicorn.workers.UvicornWorker` serving the ASGI app: gunicorn manages the
   processes, each worker runs uvicorn's event loop (the classic production setup);
4. gunicorn's default sync worker given the ASGI app: it calls app(environ, start_response),
   which an ASGI app cannot handle -> 500. The server has to speak the app's interface.

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

try:
    import gunicorn  # noqa: F401
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
setups = [
    ("gunicorn, 2 sync workers, WSGI app", [py, "-m", "gunicorn", "-w", "2", "-b", "127.0.0.1:{port}", "apps:wsgi_app"]),
    ("uvicorn, ASGI app", [py, "-m", "uvicorn", "apps:asgi_app", "--host", "127.0.0.1", "--port", "{port}"]),
    ("gunicorn + UvicornWorker x2, ASGI app", [py, "-m", "gunicorn", "-w", "2", "-k", "uvicorn.workers.UvicornWorker",
                                              "-b", "127.0.0.1:{port}", "apps:asgi_app"]),
    ("gunicorn sync worker, ASGI app (wrong)", [py, "-m", "gunicorn", "-w", "1", "-b", "127.0.0.1:{port}", "apps:asgi_app"]),
]

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "apps.py"), "w") as f:
        f.write(APPS)
    servers = []
    try:
        for label, cmd in setups:  # start all four at once, then wait for them
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
            print(f"{label:39} :{port} pid={proc.pid:<7} -> {status} Server: {server:8} {short}")
            results.append((proc.pid, status, server, body))
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

(g_pid, g_status, g_server, g_body), (u_pid, u_status, u_server, u_body), \
    (gu_pid, gu_status, gu_server, gu_body), (_, bad_status, _, _) = results

g, u, gu = json.loads(g_body), json.loads(u_body), json.loads(gu_body)
assert g_status == 200 and g["interface"] == "WSGI" and g_server.startswith("gunicorn")
assert g["ppid"] == g_pid and g["pid"] != g_pid, "gunicorn: a forked worker answered, the master only manages"
assert u_status == 200 and u["interface"] == "ASGI" and u_server == "uvicorn"
assert u["pid"] == u_pid, "plain uvicorn: the process we started answered itself"
assert gu_status == 200 and gu["interface"] == "ASGI" and gu_server == "uvicorn"
assert gu["ppid"] == gu_pid and gu["pid"] != gu_pid, "gunicorn master, uvicorn worker process"
assert bad_status == 500, "a WSGI worker cannot run an ASGI app"
assert all(proc.poll() is not None for _, _, proc, _ in servers), "every server was stopped"
print("all servers stopped")
print("OK: gunicorn = process manager for WSGI, uvicorn = ASGI server, gunicorn -k UvicornWorker = both")
