"""FastAPI: `async def` vs `def` endpoints, and what a blocking call inside `async def` does.

Sends 5 concurrent requests to each endpoint (every one waits 0.2 s) and times them:
- `async def` + `await asyncio.sleep` : the event loop interleaves them            -> ~0.2 s
- `def` + `time.sleep`                : FastAPI runs def endpoints in a thread pool -> ~0.2 s
- `async def` + `time.sleep`          : blocks the event loop, requests queue up    -> ~1.0 s
- `async def` + `await run_in_threadpool(time.sleep, ...)`: the fix for a blocking library
  you must call from async code (asyncio.to_thread works too)                     -> ~0.2 s

Needs: pip install fastapi httpx
"""
import asyncio
import sys
import time

try:
    import httpx
    from fastapi import FastAPI
    from starlette.concurrency import run_in_threadpool
except ImportError as exc:
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

WAIT = 0.2
N = 5
app = FastAPI()


@app.get("/async-await")
async def async_await():
    await asyncio.sleep(WAIT)  # e.g. an async DB driver or httpx.AsyncClient
    return {"ok": True}


@app.get("/sync-def")
def sync_def():
    time.sleep(WAIT)  # e.g. requests or a sync DB driver; runs in a worker thread
    return {"ok": True}


@app.get("/async-blocking")
async def async_blocking():
    time.sleep(WAIT)  # BUG: blocks the one event-loop thread for everybody
    return {"ok": True}


@app.get("/async-offloaded")
async def async_offloaded():
    await run_in_threadpool(time.sleep, WAIT)  # the blocking call moved to a thread
    return {"ok": True}


async def timed(path):
    transport = httpx.ASGITransport(app=app)  # in-process; AsyncClient(app=...) is gone in httpx 0.28
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        start = time.perf_counter()
        responses = await asyncio.gather(*(client.get(path) for _ in range(N)))
        elapsed = time.perf_counter() - start
    assert all(r.status_code == 200 for r in responses)
    return elapsed


results = {}
for path in ["/async-await", "/sync-def", "/async-blocking", "/async-offloaded"]:
    results[path] = asyncio.run(timed(path))
    print(f"{N} concurrent GET {path:17} took {results[path]:.2f} s")

assert results["/async-await"] < 2.5 * WAIT, "awaiting lets requests overlap"
assert results["/sync-def"] < 2.5 * WAIT, "def endpoints run in the thread pool"
assert results["/async-blocking"] >= N * WAIT * 0.9, "time.sleep in async def serialises every request"
assert results["/async-offloaded"] < 2.5 * WAIT, "run_in_threadpool frees the event loop"
print("OK: blocking call in async def serialised requests; await, def, or run_in_threadpool kept them concurrent")
