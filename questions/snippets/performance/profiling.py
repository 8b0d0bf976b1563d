"""Profile before optimising: time the request, find the hot function with cProfile, fix it, re-measure.

Shows:
- a WSGI timing middleware that adds a `Server-Timing` header to every response (visible in
  browser dev tools; the same number would go to logs/metrics as a latency histogram);
- cProfile + pstats on the slow handler: the hot spot is `unseen_products`, which tests
  membership in a list (O(n) per check) inside a loop;
- the fix (a set) and the measurement that proves it helped, with the same output.

Needs: nothing beyond the standard library.
"""
import cProfile
import io
import json
import pstats
import time
from wsgiref.util import setup_testing_defaults

PRODUCTS = [{"id": i, "name": f"product {i}", "price": i % 97} for i in range(6000)]
PURCHASED = list(range(0, 6000, 3))  # 2000 ids the user already bought


def load_products():
    return PRODUCTS


def unseen_products(products, purchased):
    result = []
    for p in products:
        if p["id"] not in purchased:  # `in` on a list scans it: 6000 x 2000 comparisons
            result.append(p)
    return result


def unseen_products_fast(products, purchased):
    bought = set(purchased)  # O(1) membership
    result = []
    for p in products:
        if p["id"] not in bought:
            result.append(p)
    return result


def serialize(items):
    return json.dumps(items[:50]).encode()


def make_app(filter_func):
    def app(environ, start_response):
        body = serialize(filter_func(load_products(), PURCHASED))
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
    return app


def timing_middleware(app):
    def wrapped(environ, start_response):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)

        start = time.perf_counter()
        body = b"".join(app(environ, capture))
        ms = (time.perf_counter() - start) * 1000
        start_response(captured["status"], captured["headers"] + [("Server-Timing", f"app;dur={ms:.1f}")])
        return [body]
    return wrapped


def request(app):
    environ = {}
    setup_testing_defaults(environ)
    out = {}
    body = b"".join(app(environ, lambda status, headers: out.update(status=status, headers=dict(headers))))
    return out["headers"], body


slow_app = timing_middleware(make_app(unseen_products))
headers, slow_body = request(slow_app)
slow_ms = float(headers["Server-Timing"].split("dur=")[1])
print(f"before: Server-Timing: {headers['Server-Timing']}")

profiler = cProfile.Profile()
profiler.enable()
request(slow_app)
profiler.disable()
report = io.StringIO()
stats = pstats.Stats(profiler, stream=report).strip_dirs().sort_stats("tottime")
stats.print_stats(4)
lines = [line for line in report.getvalue().splitlines() if line.strip()]
table = lines[lines.index(next(line for line in lines if "ncalls" in line)):]
print("cProfile, top functions by own time:")
for line in table[:5]:
    print("   " + line.strip()[:110])
top = max(stats.stats.items(), key=lambda item: item[1][2])  # (file, line, name) -> (cc, nc, tottime, ...)
print("hot spot:", top[0][2])
assert top[0][2] == "unseen_products", "the profiler points at the list-membership loop"

fast_app = timing_middleware(make_app(unseen_products_fast))
headers, fast_body = request(fast_app)
fast_ms = float(headers["Server-Timing"].split("dur=")[1])
print(f"after:  Server-Timing: {headers['Server-Timing']}  ({slow_ms / max(fast_ms, 0.01):.0f}x faster)")
assert fast_body == slow_body, "same response"
assert fast_ms * 5 < slow_ms, "the fix removed the hot spot"
print("OK: Server-Timing measured the request, cProfile named the hot function, a set fixed it, re-measured faster")
