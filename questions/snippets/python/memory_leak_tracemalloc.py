"""Finding a memory leak with tracemalloc: diff two snapshots, read the top line, find who holds it.

Shows: a request handler "caches" every rendered response in a module-level dict keyed by request id
(an unbounded cache: the classic Python leak). We take a tracemalloc snapshot, serve 10,000
requests, take another, and snapshot.compare_to(..., "lineno") ranks the lines whose allocations
are still alive: the top one is the render line in the leaky handler, with ~one block per request.
tracemalloc tells WHERE the leaked memory was allocated; gc.get_referrers() on one such object tells
WHAT keeps it alive (the module-level cache dict). The fix (a bounded LRU cache) keeps memory flat
under the same load.

Needs: only the standard library (Python 3.8+).
"""
import gc
import linecache
import tracemalloc
from collections import OrderedDict

_response_cache = {}  # module-level: lives as long as the process


class Response:
    def __init__(self, status, body):
        self.status, self.body = status, body


def render(request_id):
    body = f"<html>report for request {request_id}</html>" * 4
    return Response(200, body)


def handle_request_leaky(request_id):
    response = render(request_id)
    _response_cache[request_id] = response  # LEAK: request ids are unique, nothing is ever evicted
    return response


class LRUCache(OrderedDict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.maxsize:
            self.popitem(last=False)  # evict the least recently used


_bounded = LRUCache(maxsize=256)


def handle_request_fixed(request_id):
    response = render(request_id)
    _bounded.put(request_id, response)
    return response


def serve(handler, n=10_000):
    """Serve n requests between two snapshots and return the per-line growth of this file's allocations."""
    only_this_file = [tracemalloc.Filter(True, __file__)]
    before = tracemalloc.take_snapshot().filter_traces(only_this_file)
    for i in range(n):
        handler(f"req-{i}-{handler.__name__}")
    after = tracemalloc.take_snapshot().filter_traces(only_this_file)
    return after.compare_to(before, "lineno")


def source(frame):
    return linecache.getline(frame.filename, frame.lineno).strip()


tracemalloc.start()
leak_stats = serve(handle_request_leaky)
print("memory still allocated after 10,000 requests, by line (leaky handler):")
for stat in leak_stats[:3]:
    frame = stat.traceback[0]
    print(f"  line {frame.lineno:>3}: +{stat.size_diff / 1024:7.0f} KiB  +{stat.count_diff:>5} blocks | {source(frame)}")
top = leak_stats[0]
assert "<html>report for request" in source(top.traceback[0]), "the top line is where the leaked strings are made"
assert top.size_diff > 1_000_000 and top.count_diff >= 9_500, "about one surviving block per request"

# Who keeps them alive? Ask the garbage collector which containers refer to one response.
probe = handle_request_leaky("probe")
holders = [name for name, value in globals().items()
           if any(ref is value for ref in gc.get_referrers(probe))]
print("gc.get_referrers(one cached Response) -> held by the global(s):", holders)
assert holders == ["_response_cache"]

_response_cache.clear()  # the immediate fix for a running process; below, the real fix
fixed_stats = serve(handle_request_fixed)
fixed_growth = sum(s.size_diff for s in fixed_stats)
print(f"same load with an LRU cache of 256: growth {fixed_growth / 1024:.0f} KiB (vs {top.size_diff / 1024:.0f} KiB), entries: {len(_bounded)}")
assert len(_bounded) == 256 and fixed_growth < top.size_diff / 10
tracemalloc.stop()

print(f"OK: the snapshot diff pointed at line {top.traceback[0].lineno} (strings made per request), gc.get_referrers found the unbounded cache holding them; an LRU cache kept memory flat")
