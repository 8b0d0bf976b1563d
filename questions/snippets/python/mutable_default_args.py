"""The mutable default argument trap: defaults are evaluated once, when `def` runs.

Shows:
- `def add(item, bucket=[])` shares ONE list across calls: items pile up between unrelated calls;
- the default object lives on the function (add.__defaults__), so you can watch it grow;
- the fix: `bucket=None` and create a new list inside; the same applies to dict/set defaults and
  to a default like `created=datetime.now()` (frozen at definition time);
- dataclasses refuse a mutable default and ask for field(default_factory=list).

Needs: only the standard library (Python 3.8+).
"""
import dataclasses
import time
from datetime import datetime


def add_buggy(item, bucket=[]):
    bucket.append(item)
    return bucket


def add_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


first, second = add_buggy("a"), add_buggy("b")
print("add_buggy('a'), add_buggy('b') ->", first, second, "| same list object:", first is second)
print("add_buggy.__defaults__ ->", add_buggy.__defaults__)
assert first is second and second == ["a", "b"] and add_buggy.__defaults__ == (["a", "b"],)

assert add_fixed("a") == ["a"] and add_fixed("b") == ["b"]
print("add_fixed('a'), add_fixed('b') ->", add_fixed("a"), add_fixed("b"))


def log_line(msg, at=datetime.now()):  # evaluated once, at definition
    return at


t1 = log_line("x")
time.sleep(0.01)
assert log_line("y") == t1, "the timestamp never changes"
print("default datetime.now() is frozen at def time:", t1 == log_line("z"))

try:
    @dataclasses.dataclass
    class Cart:
        items: list = []
    raise AssertionError("dataclasses must reject a mutable default")
except ValueError as e:
    print("dataclass with items: list = [] ->", "ValueError:", e)


@dataclasses.dataclass
class Cart:
    items: list = dataclasses.field(default_factory=list)


assert Cart().items is not Cart().items
print("field(default_factory=list) gives each instance its own list")

print("OK: a mutable default is shared across calls; None + create-inside (or default_factory) fixes it")
