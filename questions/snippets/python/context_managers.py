"""Context managers: `with` guarantees cleanup, via __enter__/__exit__ or @contextmanager.

Shows:
- a class-based context manager: __enter__'s return value is bound by `as`; __exit__ runs even when
  the block raises, receives the exception, and re-raises it unless it returns True;
- the same resource as a generator with contextlib.contextmanager (try/finally around the yield);
- a transaction-style manager: commit on success, rollback on exception;
- contextlib.suppress and ExitStack for a dynamic number of resources.

Needs: only the standard library (Python 3.8+).
"""
import contextlib

events = []


class Connection:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append(f"open {self.name}")
        return self  # bound to the name after `as`

    def __exit__(self, exc_type, exc, tb):
        events.append(f"close {self.name} (exception: {exc_type.__name__ if exc_type else None})")
        return False  # do not swallow the exception


with Connection("db") as conn:
    events.append(f"use {conn.name}")
print("normal exit :", events)
assert events == ["open db", "use db", "close db (exception: None)"]

events.clear()
try:
    with Connection("db"):
        raise ValueError("boom")
except ValueError:
    events.append("ValueError propagated to the caller")
print("with error  :", events)
assert events == ["open db", "close db (exception: ValueError)", "ValueError propagated to the caller"]


@contextlib.contextmanager
def transaction(log):
    log.append("BEGIN")
    try:
        yield log
    except Exception:
        log.append("ROLLBACK")
        raise
    else:
        log.append("COMMIT")


ok_log, bad_log = [], []
with transaction(ok_log) as tx:
    tx.append("INSERT ...")
with contextlib.suppress(KeyError):  # ignore exactly this exception type
    with transaction(bad_log) as tx:
        tx.append("INSERT ...")
        {}["missing"]
print("transaction ok :", ok_log)
print("transaction bad:", bad_log, "(KeyError suppressed by contextlib.suppress)")
assert ok_log == ["BEGIN", "INSERT ...", "COMMIT"]
assert bad_log == ["BEGIN", "INSERT ...", "ROLLBACK"]

events.clear()
with contextlib.ExitStack() as stack:
    conns = [stack.enter_context(Connection(f"shard{i}")) for i in range(3)]
    events.append("using 3 shards")
print("ExitStack   :", events)
assert events[-3:] == [f"close shard{i} (exception: None)" for i in (2, 1, 0)], "closed in reverse order"

print("OK: __exit__/finally ran on success and on error; exceptions propagate unless suppressed; ExitStack closes in reverse order")
