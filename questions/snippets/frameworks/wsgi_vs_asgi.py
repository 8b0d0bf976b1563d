"""WSGI vs ASGI, with no framework and no server: just the two calling conventions.

Shows:
- a WSGI app is a plain callable app(environ, start_response) that returns the body; one call
  occupies its thread until it returns, so a server needs more threads/processes for concurrency;
- an ASGI app is a coroutine app(scope, receive, send) that exchanges event dicts; while one
  request awaits I/O, the same thread serves others (5 slow requests: ~0.1 s, not ~0.5 s);
- ASGI also covers long-lived connections: the same interface carries a WebSocket conversation,
  which WSGI cannot express at all.

Needs: nothing beyond the standard library.
"""
import asyncio
import io
import time
from wsgiref.util import setup_testing_defaults

DELAY = 0.1  # stands for a database or HTTP call


def wsgi_app(environ, start_response):
    time.sleep(DELAY)  # blocking I/O: this thread can do nothing else meanwhile
    body = f"hello {environ['PATH_INFO']} from WSGI".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


async def asgi_app(scope, receive, send):
    if scope["type"] == "http":
        await asyncio.sleep(DELAY)  # non-blocking I/O: the event loop serves others meanwhile
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": f"hello {scope['path']} from ASGI".encode()})
    elif scope["type"] == "websocket":
        assert (await receive())["type"] == "websocket.connect"
        await send({"type": "websocket.accept"})
        while True:
            event = await receive()
            if event["type"] == "websocket.disconnect":
                break
            await send({"type": "websocket.send", "text": event["text"].upper()})


def call_wsgi(path):
    """What a WSGI server does for each request."""
    environ = {"PATH_INFO": path, "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    status = {}
    body = b"".join(wsgi_app(environ, lambda s, h: status.setdefault("line", s)))
    return status["line"], body.decode()


async def call_asgi_http(path):
    """What an ASGI server does for each HTTP request."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(event):
        sent.append(event)

    await asgi_app({"type": "http", "method": "GET", "path": path, "headers": []}, receive, send)
    return sent[0]["status"], sent[1]["body"].decode()


async def websocket_conversation(messages):
    inbox = asyncio.Queue()
    replies = []
    await inbox.put({"type": "websocket.connect"})
    for text in messages:
        await inbox.put({"type": "websocket.receive", "text": text})
    await inbox.put({"type": "websocket.disconnect", "code": 1000})

    async def send(event):
        replies.append(event)

    await asgi_app({"type": "websocket", "path": "/ws", "headers": []}, inbox.get, send)
    return replies


print("WSGI: app(environ, start_response) ->", call_wsgi("/a"))
start = time.perf_counter()
wsgi_results = [call_wsgi(f"/r{i}") for i in range(5)]  # one thread: one request at a time
wsgi_time = time.perf_counter() - start
print(f"WSGI: 5 requests on one thread took {wsgi_time:.2f} s")

print("ASGI: await app(scope, receive, send) ->", asyncio.run(call_asgi_http("/a")))


async def five_at_once():
    return await asyncio.gather(*(call_asgi_http(f"/r{i}") for i in range(5)))


start = time.perf_counter()
asgi_results = asyncio.run(five_at_once())
asgi_time = time.perf_counter() - start
print(f"ASGI: 5 concurrent requests on one thread took {asgi_time:.2f} s")

assert all(r == ("200 OK", f"hello /r{i} from WSGI") for i, r in enumerate(wsgi_results))
assert all(r == (200, f"hello /r{i} from ASGI") for i, r in enumerate(asgi_results))
assert wsgi_time >= 5 * DELAY * 0.9, "WSGI calls on one thread run one after another"
assert asgi_time < 3 * DELAY, "ASGI requests overlap while they await"

replies = asyncio.run(websocket_conversation(["hi", "bye"]))
print("ASGI WebSocket events sent by the app:", replies)
assert replies[0] == {"type": "websocket.accept"}
assert [r["text"] for r in replies[1:]] == ["HI", "BYE"]

print("OK: WSGI is one blocking call per request; ASGI is async events: overlapping requests and WebSockets")
