"""The GIL: threads do not speed up CPU-bound Python code, but they do overlap I/O waits.

Shows (timings on this machine, asserted with wide margins):
- a CPU-bound pure-Python loop run 4 times: serially vs in 4 threads takes about the same time,
  because only the thread holding the GIL executes bytecode; 4 processes (ProcessPoolExecutor)
  can use several cores;
- an I/O-bound task (time.sleep stands in for a network call, which releases the GIL) run 4 times:
  4 threads finish in about the time of one.

Needs: only the standard library (Python 3.8+). On a free-threaded build (3.13t with the GIL off)
the CPU-bound threads can run in parallel; the script detects that and skips that assertion.
"""
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n=1_500_000):
    total = 0
    for i in range(n):
        total += i * i
    return total


def io_bound(_=None):
    time.sleep(0.15)  # a blocking socket read or DB query releases the GIL the same way
    return "done"


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
    serial_cpu = timed(lambda: [cpu_bound() for _ in range(4)])
    with ThreadPoolExecutor(4) as pool:
        threaded_cpu = timed(lambda: list(pool.map(lambda _: cpu_bound(), range(4))))
    with ProcessPoolExecutor(min(4, os.cpu_count() or 1)) as pool:
        pool.submit(int).result()  # start the workers before timing
        process_cpu = timed(lambda: list(pool.map(cpu_bound, [1_500_000] * 4)))
    print(f"CPU-bound x4: serial {serial_cpu:.2f}s | 4 threads {threaded_cpu:.2f}s | {os.cpu_count()}-core process pool {process_cpu:.2f}s")
    if gil_enabled:
        assert threaded_cpu > 0.6 * serial_cpu, "with the GIL, threads give no CPU speed-up"
    else:
        print("(free-threaded build: GIL disabled, skipping the no-speed-up assertion)")

    serial_io = timed(lambda: [io_bound() for _ in range(4)])
    with ThreadPoolExecutor(4) as pool:
        threaded_io = timed(lambda: list(pool.map(io_bound, range(4))))
    print(f"I/O-bound x4: serial {serial_io:.2f}s | 4 threads {threaded_io:.2f}s")
    assert serial_io >= 0.55 and threaded_io < 0.5 * serial_io, "sleeping/I-O threads release the GIL and overlap"

    print("OK: CPU-bound threads got no speed-up under the GIL; I/O-bound threads overlapped (~4x faster)")
