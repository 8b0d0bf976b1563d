"""Redis as a message broker, three ways:
- Pub/Sub: fire-and-forget fan-out; a message published while nobody is
  subscribed is simply lost;
- List queue (LPUSH + BRPOP): messages wait until a worker pops them - what
  Celery/RQ build on; a worker that dies after popping loses the job, unless BLMOVE
  (Redis 6.2+) moved it to a processing list first;
- Streams + consumer groups: messages stay pending until XACK, so a crashed
  consumer's work can be claimed by another (at-least-once delivery).

Needs: pip install redis, and a redis-server binary (apt install redis-server)
       The snippet starts its own throwaway server on a unix socket.
Run:   python3 message_broker.py
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


def start_redis(workdir):
    """Start a private redis-server (no TCP port, unix socket only); return (process, client)."""
    sock = os.path.join(workdir, "redis.sock")
    log = os.path.join(workdir, "redis.log")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
         "--save", "", "--appendonly", "no", "--dir", workdir, "--logfile", log],
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
                raise RuntimeError(f"redis-server did not start, see {log}")
            time.sleep(0.02)


workdir = tempfile.mkdtemp(prefix="redis-demo-", dir="/tmp" if os.path.isdir("/tmp") else None)
proc, r = start_redis(workdir)
try:
    print("== 1) Pub/Sub: only current subscribers receive ==")
    receivers = r.publish("events", "price-changed:42")
    print(f"PUBLISH with no subscriber -> delivered to {receivers} clients (message gone)")
    assert receivers == 0
    pubsub = r.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe("events")
    pubsub.get_message(timeout=1)  # consume the subscribe confirmation
    receivers = r.publish("events", "price-changed:43")
    msg = pubsub.get_message(timeout=1)
    print(f"PUBLISH with a subscriber -> delivered to {receivers}; got {msg['data']!r}")
    assert receivers == 1 and msg["data"] == "price-changed:43"
    pubsub.close()

    print("\n== 2) list as a work queue: LPUSH + blocking BRPOP ==")
    for job in ("email:1", "email:2", "email:3"):
        r.lpush("queue:emails", job)  # producers enqueue even if no worker is up
    print(f"queued while no worker runs: {r.llen('queue:emails')} jobs")
    done = []

    def worker(name):
        while True:
            item = r.brpop("queue:emails", timeout=0.3)  # blocks until a job arrives (or 0.3 s idle)
            if item is None:
                return
            done.append((name, item[1]))

    workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
    for w in workers:
        w.start()
    r.lpush("queue:emails", "email:4")  # arrives while the workers are blocked waiting
    for w in workers:
        w.join()
    print(f"processed (worker, job): {sorted(done, key=lambda x: x[1])}")
    assert sorted(job for _, job in done) == ["email:1", "email:2", "email:3", "email:4"]  # each once

    # A worker that pops a job and dies before finishing: the job is gone from Redis.
    r.lpush("queue:emails", "email:5")
    popped = r.rpop("queue:emails")  # ...and the worker process crashes here
    print(f"popped {popped!r}, worker crashed -> queue length {r.llen('queue:emails')}: the job is lost")
    assert popped == "email:5" and r.llen("queue:emails") == 0 and not r.exists("queue:emails")
    # Reliable queue: BLMOVE atomically moves the job to a processing list, removed only when done.
    r.lpush("queue:emails", "email:6")
    job = r.blmove("queue:emails", "processing:w1", timeout=1, src="RIGHT", dest="LEFT")
    print(f"BLMOVE {job!r} -> processing:w1 holds {r.lrange('processing:w1', 0, -1)} until the worker LREMs it")
    assert job == "email:6" and r.lrange("processing:w1", 0, -1) == ["email:6"]  # survives the crash
    r.lmove("processing:w1", "queue:emails", "RIGHT", "LEFT")  # a reaper puts a dead worker's job back
    assert r.lrange("queue:emails", 0, -1) == ["email:6"]

    print("\n== 3) stream + consumer group: pending until acknowledged ==")
    r.xgroup_create("orders", "billing", id="0", mkstream=True)
    for n in (1, 2):
        r.xadd("orders", {"order": n})
    # consumer A reads both but "crashes" before acknowledging the second
    batch = r.xreadgroup("billing", "consumer-a", {"orders": ">"}, count=2)
    (stream, entries), = batch
    first_id, second_id = entries[0][0], entries[1][0]
    r.xack("orders", "billing", first_id)
    pending = r.xpending("orders", "billing")
    print(f"consumer-a got {len(entries)} entries, acked 1 -> pending: {pending['pending']}")
    assert pending["pending"] == 1
    # consumer B takes over messages that were idle for a while
    time.sleep(0.15)
    claimed = r.xclaim("orders", "billing", "consumer-b", min_idle_time=100, message_ids=[second_id])
    r.xack("orders", "billing", *[entry_id for entry_id, _ in claimed])
    print(f"consumer-b claimed {[fields for _, fields in claimed]} and acked -> "
          f"pending: {r.xpending('orders', 'billing')['pending']}")
    assert [f["order"] for _, f in claimed] == ["2"] and r.xpending("orders", "billing")["pending"] == 0
finally:
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)

print("OK: Pub/Sub drops messages without subscribers; lists queue work; streams keep it pending until XACK")
