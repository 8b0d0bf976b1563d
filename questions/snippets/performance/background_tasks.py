"""Moving slow work out of the request: FastAPI BackgroundTasks, and a job queue with 202 + polling.

Shows:
- BackgroundTasks: the endpoint schedules a 0.3 s task (say, sending an e-mail); the response
  is sent first and the task runs afterwards in the same process. The app is driven through its
  raw ASGI interface so we can timestamp the moment the response body goes out;
- the queue pattern (what Celery/RQ/arq do across processes): POST answers 202 Accepted with a
  job URL at once, a separate worker does the work, the client polls the job until it is done.
  A thread and queue.Queue stand in for the broker and the Celery worker here.

Needs: pip install fastapi httpx
"""
import asyncio
import itertools
import queue
import sys
import threading
import time

try:
    from fastapi import BackgroundTasks, FastAPI
    from fastapi.testclient import TestClient
except (ImportError, RuntimeError) as exc:  # TestClient raises RuntimeError when httpx is missing
    print(f"This example needs FastAPI and httpx: pip install fastapi httpx  ({exc})")
    sys.exit(2)

SLOW = 0.3
app = FastAPI()
T0 = [0.0]
MARKS = {}


def send_welcome_email(address):
    time.sleep(SLOW)  # SMTP call, PDF rendering, image resizing...
    MARKS["task finished"] = time.perf_counter() - T0[0]


@app.post("/signup")
def signup(background_tasks: BackgroundTasks):
    background_tasks.add_task(send_welcome_email, "ada@example.com")
    return {"status": "created"}


async def call_asgi(path):
    """Drive the app like a server does, noting when the last body chunk is sent."""
    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.body" and not message.get("more_body"):
            MARKS["response sent"] = time.perf_counter() - T0[0]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"test"), (b"content-length", b"0")],
             "client": ("127.0.0.1", 50000), "server": ("test", 80)}
    T0[0] = time.perf_counter()
    await app(scope, receive, send)


asyncio.run(call_asgi("/signup"))
print(f"BackgroundTasks: response sent after {MARKS['response sent'] * 1000:5.1f} ms, "
      f"e-mail task finished after {MARKS['task finished'] * 1000:5.1f} ms")
assert MARKS["task finished"] - MARKS["response sent"] >= SLOW * 0.9, \
    "the whole slow task ran after the response had been sent"

# --- the job-queue pattern (Celery: report_task.delay(...) / AsyncResult(job_id).status)
JOBS = {}
BROKER = queue.Queue()
ids = itertools.count(1)


def worker():
    while True:
        job_id = BROKER.get()
        if job_id is None:
            break
        JOBS[job_id]["status"] = "running"
        time.sleep(SLOW)  # the heavy report
        JOBS[job_id].update(status="done", result={"rows": 1234})


@app.post("/reports", status_code=202)
def start_report():
    job_id = next(ids)
    JOBS[job_id] = {"id": job_id, "status": "queued"}
    BROKER.put(job_id)  # enqueue and return immediately
    return {"job": f"/jobs/{job_id}", "status": "queued"}


@app.get("/jobs/{job_id}")
def job_status(job_id: int):
    return JOBS[job_id]


worker_thread = threading.Thread(target=worker)
worker_thread.start()
try:
    client = TestClient(app)
    start = time.perf_counter()
    r = client.post("/reports")
    accepted_ms = (time.perf_counter() - start) * 1000
    status_at_answer = JOBS[1]["status"]
    print(f"POST /reports -> {r.status_code} {r.json()} in {accepted_ms:.1f} ms (job was '{status_at_answer}')")
    assert r.status_code == 202 and status_at_answer in ("queued", "running"), "answered before the work was done"
    polls, deadline = [], time.time() + 10
    while time.time() < deadline:  # a real client would back off between polls
        status = client.get(r.json()["job"]).json()
        polls.append(status["status"])
        if status["status"] == "done":
            break
        time.sleep(0.05)
    print(f"polled {r.json()['job']}: {' -> '.join(dict.fromkeys(polls))}, result {status['result']}")
    assert polls[-1] == "done" and status["result"] == {"rows": 1234}
finally:
    BROKER.put(None)  # stop the worker
    worker_thread.join()
print("OK: BackgroundTasks ran after the response was sent; the queue pattern answered 202 at once and a worker finished the job")
