"""Generators: lazy, one-pass iterators written with `yield`.

Shows:
- a generator function returns a generator object without running its body; each next() runs
  to the following yield and the function's state (locals, position) is kept in between;
- laziness: a generator expression over a million numbers is a ~200-byte object, the list is MBs;
- a pipeline (read -> parse -> filter) processes one line at a time and stops early;
- a generator is exhausted after one pass (StopIteration; iterating again yields nothing);
- `yield from` delegates to another iterable.

Needs: only the standard library (Python 3.8+).
"""
import sys

log = []


def countdown(n):
    log.append("started")
    while n > 0:
        yield n
        n -= 1
    log.append("finished")


gen = countdown(3)
print("countdown(3) ->", type(gen).__name__, "| body run yet?", log)
assert log == [], "calling a generator function does not run it"
assert next(gen) == 3 and log == ["started"]
assert list(gen) == [2, 1] and log == ["started", "finished"]
try:
    next(gen)
    raise AssertionError("an exhausted generator must raise StopIteration")
except StopIteration:
    print("next() on an exhausted generator -> StopIteration; list(gen) again ->", list(gen))

squares_list = [i * i for i in range(1_000_000)]
squares_gen = (i * i for i in range(1_000_000))
print(f"list of 1e6 squares: {sys.getsizeof(squares_list):,} bytes (plus the ints) | generator: {sys.getsizeof(squares_gen)} bytes")
assert sys.getsizeof(squares_gen) < 1_000 < 1_000_000 < sys.getsizeof(squares_list)
assert sum(squares_gen) == sum(squares_list)

pulled = []


def read_lines():
    for i in range(1_000_000):  # imagine a huge log file
        pulled.append(i)
        yield f"{i},{'ERROR' if i % 1000 == 999 else 'INFO'},message {i}"


def parse(lines):
    for line in lines:
        num, level, msg = line.split(",", 2)
        yield int(num), level, msg


errors = (rec for rec in parse(read_lines()) if rec[1] == "ERROR")
first_two = [next(errors), next(errors)]
print("first two ERROR records:", first_two, f"| lines actually read: {len(pulled):,} of 1,000,000")
assert [r[0] for r in first_two] == [999, 1999] and len(pulled) == 2000


def chain(*iterables):
    for it in iterables:
        yield from it


assert list(chain("ab", [1, 2])) == ["a", "b", 1, 2]
print("yield from:", list(chain("ab", [1, 2])))

print("OK: generators run lazily, keep state between yields, use constant memory, stop early and are single-pass")
