"""Session (stateful) vs token (stateless JWT) authentication, with two real server "workers".

Shows: two HTTP servers on 127.0.0.1 (random free ports) play two instances behind a load balancer.
- Session auth: login on worker A creates a session in A's memory and returns only a session id
  cookie. The same cookie sent to worker B fails (401): B has no such session. Sessions need a
  shared store (database/Redis) or sticky sessions - but logout is simply deleting the session.
- Token auth: worker A signs a JWT; worker B verifies it with the shared key and no lookup (200).
  The catch: the server cannot forget it - it is valid until exp unless you add a denylist.
Both servers are shut down before exit.

Needs: pip install pyjwt   (runs on PyJWT 2.6 to 2.10+)
"""
import json
import secrets
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

try:
    import jwt
except ImportError:
    print("This example needs PyJWT: pip install pyjwt")
    sys.exit(2)

SHARED_SIGNING_KEY = "shared-by-all-workers-at-least-32-bytes!"


def make_worker(name):
    sessions = {}  # this worker's own memory: {session_id: username}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body, headers=()):
            data = json.dumps(body).encode()
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            if self.path == "/session-login":
                sid = secrets.token_urlsafe(16)
                sessions[sid] = "alice"
                self.reply(200, {"ok": True}, [("Set-Cookie", f"sessionid={sid}; HttpOnly; SameSite=Lax")])
            elif self.path == "/token-login":
                now = int(time.time())
                token = jwt.encode({"sub": "alice", "iat": now, "exp": now + 300}, SHARED_SIGNING_KEY, algorithm="HS256")
                self.reply(200, {"access_token": token})

        def do_GET(self):
            user = None
            cookie = self.headers.get("Cookie", "")
            if cookie.startswith("sessionid="):
                user = sessions.get(cookie.split("=", 1)[1])
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Bearer "):
                try:
                    user = jwt.decode(auth[7:], SHARED_SIGNING_KEY, algorithms=["HS256"])["sub"]
                except jwt.PyJWTError:
                    user = None
            if user is None:
                self.reply(401, {"worker": name, "error": "not authenticated"})
            else:
                self.reply(200, {"worker": name, "user": user})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: the OS picks a free port
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never send loopback traffic to a proxy


def call(server, method, path, headers=None):
    url = f"http://127.0.0.1:{server.server_address[1]}{path}"
    req = urllib.request.Request(url, method=method, headers=headers or {}, data=b"" if method == "POST" else None)
    try:
        with OPENER.open(req, timeout=5) as r:
            return r.status, json.loads(r.read()), r.headers
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read()), e.headers


a, b = make_worker("A"), make_worker("B")
try:
    print(f"worker A on 127.0.0.1:{a.server_address[1]}, worker B on 127.0.0.1:{b.server_address[1]}")
    _, _, headers = call(a, "POST", "/session-login")
    cookie = headers["Set-Cookie"].split(";")[0]
    sa = call(a, "GET", "/me", {"Cookie": cookie})
    sb = call(b, "GET", "/me", {"Cookie": cookie})
    print("session cookie -> A:", sa[0], sa[1], "| B:", sb[0], sb[1])
    assert sa[0] == 200 and sb[0] == 401, "the session lives only in worker A's memory"

    _, body, _ = call(a, "POST", "/token-login")
    bearer = {"Authorization": "Bearer " + body["access_token"]}
    ta = call(a, "GET", "/me", bearer)
    tb = call(b, "GET", "/me", bearer)
    print("JWT bearer     -> A:", ta[0], ta[1], "| B:", tb[0], tb[1])
    assert ta[0] == 200 and tb[0] == 200, "any worker with the key can verify the token"
finally:
    for server in (a, b):
        server.shutdown()
        server.server_close()
print("both workers stopped")

print("OK: a server-side session worked only on the worker that created it; the stateless JWT was accepted by both workers")
