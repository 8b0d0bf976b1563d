"""Decorators: functions that take a function and return a replacement, applied with @.

Shows:
- @timed is just `f = timed(f)`; the wrapper runs code before/after the call;
- functools.wraps keeps the wrapped function's __name__, __doc__ and __wrapped__;
- a decorator with arguments (@retry(times=3)) is a function that returns a decorator;
- stacking order: the decorator nearest the def is applied first;
- functools.lru_cache is a decorator from the standard library (with a bounded maxsize).

Needs: only the standard library (Python 3.8+).
"""
import functools
import time

calls = []


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            calls.append((func.__name__, round(time.perf_counter() - start, 3)))
    return wrapper


def retry(times, exceptions=(ConnectionError,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
        return wrapper
    return decorator


@timed
def slow_add(a, b):
    """Add two numbers slowly."""
    time.sleep(0.05)
    return a + b


assert slow_add(2, 3) == 5
print("slow_add(2, 3) -> 5; timing recorded:", calls)
assert calls[0][0] == "slow_add" and calls[0][1] >= 0.05
print("name/doc kept by functools.wraps:", slow_add.__name__, "|", slow_add.__doc__, "| __wrapped__:", slow_add.__wrapped__.__name__)
assert slow_add.__name__ == "slow_add" and slow_add.__doc__ == "Add two numbers slowly."


def undecorated(a, b):
    return a + b


same = timed(undecorated)  # exactly what @timed does
assert same(1, 1) == 2 and calls[-1][0] == "undecorated"

attempts = []


@retry(times=3)
def flaky_fetch():
    attempts.append(1)
    if len(attempts) < 3:
        raise ConnectionError("temporary")
    return "payload"


assert flaky_fetch() == "payload" and len(attempts) == 3
print("@retry(times=3): succeeded on attempt", len(attempts))

order = []


def tag(label):
    def decorator(func):
        order.append(label)
        return func
    return decorator


@tag("outer")
@tag("inner")
def f():
    pass


print("stacking: applied in order", order)
assert order == ["inner", "outer"]


@functools.lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(80) == 23416728348467685
print("lru_cache fib(80) =", fib(80), "|", fib.cache_info())

print("OK: @decorator == reassignment; wraps keeps metadata; parametrised decorators are decorator factories; stacking applies bottom-up")
