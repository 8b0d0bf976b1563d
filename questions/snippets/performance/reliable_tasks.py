"""Reliable background tasks: early vs late acknowledgement, redelivery, idempotency, retries.

Celery is not needed: the same mechanics are shown with a small queue in SQLite and real worker
processes that are killed with SIGKILL mid-task (what a crash, an OOM kill or a deploy does):
- early ack (Celery's default): the worker removes the message, then runs the task; killed before
  finishing, the task is simply gone;
- late ack (Celery `acks_late=True`): the worker leases the message (like a broker's visibility
  timeout), runs the task and deletes the message only afterwards; killed mid-task, the message
  stays, is invisible until the lease expires, then is redelivered to the next worker;
- so the task may run twice (at-least-once): a naive append runs twice (double charge), an
  idempotent write keyed by an idempotency key (a UNIQUE constraint) happens once;
- retries: a failing task is re-leased with exponential backoff until it succeeds or runs out of
  attempts and goes to a dead-letter table.
Time is passed to the workers as a number (`--now`), so nothing here waits on the clock.

Needs: nothing beyond the standard library (Unix: uses SIGKILL).
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap

WORKER = textwrap.dedent('''
    import json, os, signal, sqlite3, sys
    db_path, mode, now, crash = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    VISIBILITY, MAX_ATTEMPTS = 30, 3
    db = sqlite3.connect(db_path, isolation_level=None)

    db.execute("BEGIN IMMEDIATE")  # claim one message atomically
    row = db.execute("SELECT id, payload, attempts FROM queue WHERE visible_at <= ? ORDER BY id LIMIT 1",
                     (now,)).fetchone()
    if row is None:
        db.execute("COMMIT"); print("nothing to do"); sys.exit(0)
    msg_id, payload, attempts = row[0], json.loads(row[1]), row[2] + 1
    if mode == "early":
        db.execute("DELETE FROM queue WHERE id = ?", (msg_id,))            # ack first...
    else:
        db.execute("UPDATE queue SET visible_at = ?, attempts = ? WHERE id = ?",  # ...or lease it
                   (now + VISIBILITY, attempts, msg_id))
    db.execute("COMMIT")

    if crash == "before-effect":
        os.kill(os.getpid(), signal.SIGKILL)
    try:
        if payload.get("fail_until", 0) >= attempts:
            raise RuntimeError("payment provider timed out")
        with db:  # the task's side effects, in one transaction
            db.execute("BEGIN")
            db.execute("INSERT INTO ledger (order_id, amount) VALUES (?, ?)", (payload["order"], payload["amount"]))
            db.execute("INSERT OR IGNORE INTO payments (idempotency_key, amount) VALUES (?, ?)",
                       (f"charge-order-{payload['order']}", payload["amount"]))
        if crash == "after-effect":
            os.kill(os.getpid(), signal.SIGKILL)  # the work is done, the ack never happens
    except RuntimeError as exc:
        if attempts >= MAX_ATTEMPTS:
            db.execute("INSERT INTO dead (id, payload, error) VALUES (?, ?, ?)", (msg_id, row[1], str(exc)))
            db.execute("DELETE FROM queue WHERE id = ?", (msg_id,))
        else:  # retry with exponential backoff: 2, 4, 8... seconds after now
            db.execute("UPDATE queue SET visible_at = ? WHERE id = ?", (now + 2 ** attempts, msg_id))
        print(f"attempt {attempts} failed: {exc}"); sys.exit(0)
    if mode == "late":
        db.execute("DELETE FROM queue WHERE id = ?", (msg_id,))  # ack after success
    print(f"done order {payload['order']} on attempt {attempts}")
''')


def setup(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("""
        CREATE TABLE queue (id INTEGER PRIMARY KEY, payload TEXT, attempts INT DEFAULT 0, visible_at REAL DEFAULT 0);
        CREATE TABLE ledger (order_id INT, amount INT);                  -- naive: appends every run
        CREATE TABLE payments (idempotency_key TEXT PRIMARY KEY, amount INT);  -- idempotent
        CREATE TABLE dead (id INT, payload TEXT, error TEXT);
    """)
    return db


def enqueue(db, **payload):
    db.execute("INSERT INTO queue (payload) VALUES (?)", (json.dumps(payload),))


def work(path, mode, now, crash="no"):
    p = subprocess.run([sys.executable, worker_py, path, mode, str(now), crash],
                       capture_output=True, text=True, timeout=30)
    out = f"killed by signal {-p.returncode}" if p.returncode < 0 else p.stdout.strip()
    print(f"  worker {mode:5} now={now:<4} crash={crash:13} -> {out}")
    return p.returncode


def count(db, sql, *args):
    return db.execute(sql, args).fetchone()[0]


with tempfile.TemporaryDirectory() as tmp:
    worker_py = os.path.join(tmp, "worker.py")
    with open(worker_py, "w") as fh:
        fh.write(WORKER)

    print("== early ack: a crash mid-task loses the task ==")
    path = os.path.join(tmp, "early.db")
    db = setup(path)
    enqueue(db, order=1, amount=50)
    assert work(path, "early", 100, crash="before-effect") == -signal.SIGKILL
    assert work(path, "early", 200) == 0  # a later worker finds nothing
    print(f"  queue: {count(db, 'SELECT COUNT(*) FROM queue')} messages, payments: "
          f"{count(db, 'SELECT COUNT(*) FROM payments')}")
    assert count(db, "SELECT COUNT(*) FROM queue") == 0 and count(db, "SELECT COUNT(*) FROM payments") == 0

    print("\n== late ack: the message survives the crash and is redelivered after the lease ==")
    path = os.path.join(tmp, "late.db")
    db = setup(path)
    enqueue(db, order=2, amount=70)
    assert work(path, "late", 100, crash="after-effect") == -signal.SIGKILL  # charged, then died
    assert count(db, "SELECT COUNT(*) FROM queue") == 1
    work(path, "late", 110)  # still leased (visible again at 130): nobody takes it
    assert count(db, "SELECT attempts FROM queue") == 1
    work(path, "late", 140)  # lease expired: redelivered and finished
    ledger = count(db, "SELECT COUNT(*) FROM ledger WHERE order_id = 2")
    payments = count(db, "SELECT COUNT(*) FROM payments WHERE idempotency_key = 'charge-order-2'")
    print(f"  queue: {count(db, 'SELECT COUNT(*) FROM queue')} messages; naive ledger rows: {ledger}; "
          f"idempotent payments: {payments}")
    assert count(db, "SELECT COUNT(*) FROM queue") == 0
    assert ledger == 2, "at-least-once: the non-idempotent side effect happened twice"
    assert payments == 1, "the idempotency key made the second run a no-op"

    print("\n== retries with backoff, then a dead-letter table ==")
    enqueue(db, order=3, amount=10, fail_until=2)   # succeeds on the 3rd attempt
    enqueue(db, order=4, amount=10, fail_until=99)  # never succeeds
    for now in (200, 200):  # attempt 1 of order 3, attempt 1 of order 4
        work(path, "late", now)
    visible = dict(db.execute("SELECT json_extract(payload, '$.order'), visible_at FROM queue"))
    print(f"  next visible at: {visible}")
    assert visible == {3: 202.0, 4: 202.0}  # backoff 2**1 seconds
    for now in (203, 203, 208, 208):  # attempt 2 (backoff 4 -> 207), then attempt 3
        work(path, "late", now)
    print(f"  payments for order 3: {count(db, 'SELECT COUNT(*) FROM payments WHERE idempotency_key = ?', 'charge-order-3')}; "
          f"dead letters: {db.execute('SELECT id, error FROM dead').fetchall()}")
    assert count(db, "SELECT COUNT(*) FROM payments WHERE idempotency_key = 'charge-order-3'") == 1
    assert count(db, "SELECT COUNT(*) FROM dead") == 1 and count(db, "SELECT COUNT(*) FROM queue") == 0
    db.close()

print("OK: early ack loses a task on a crash; late ack redelivers it after the lease, so it runs twice "
      "and must be idempotent; retries back off and end in a dead-letter table")
