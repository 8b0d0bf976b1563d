"""The GIL: threads do not speed up CPU-bound Python code, but they do overlap I/O waits.

Shows:
- a CPU-bound pure-Python loop run 4 times: serially vs in 4 threads takes about the same time,
  because only the thread holding the GIL executes bytecode; 4 processes (ProcessPoolExecutor)
  can use several cores. The claim is asserted on CPU time, which a busy machine cannot fake:
  the 4 threads together use no more CPU seconds than the wall-clock time they took, so they
  never ran at the same moment;
- an I/O-bound task (time.sleep stands in for a network call, which releases the GIL) run 4 times:
  4 threads finish in about the time of one;
- the GIL does not make a read-modify-write atomic: 4 threads each add 1 to a shared counter 2,000
  times with a thread switch between the read and the write (time.sleep(0), where the GIL changes
  hands as it may between any two bytecodes) and lose updates; with a threading.Lock none is lost.

Needs: only the standard library (Python 3.8+). On a free-threaded build (3.13t with the GIL off)
the CPU-bound threads can run in parallel; the script detects that and skips that assertion.
"""
import contextlib
import os
import sys
import threading
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


def cpu_bound_thread_seconds(_=None):
    """Runs the loop and returns the CPU time this thread used."""
    start = time.thread_time()
    cpu_bound()
    return time.thread_time() - start


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
    cpu_bound()  # warm up: the interpreter specialises the loop on its first runs
    serial_cpu = timed(lambda: [cpu_bound() for _ in range(4)])
    thread_cpu_seconds = []
    with ThreadPoolExecutor(4) as pool:
        threaded_cpu = timed(lambda: thread_cpu_seconds.extend(pool.map(cpu_bound_thread_seconds, range(4))))
    with ProcessPoolExecutor(min(4, os.cpu_count() or 1)) as pool:
        pool.submit(int).result()  # start the workers before timing
        process_cpu = timed(lambda: list(pool.map(cpu_bound, [1_500_000] * 4)))
    print(f"CPU-bound x4: serial {serial_cpu:.2f}s | 4 threads {threaded_cpu:.2f}s | {os.cpu_count()}-core process pool {process_cpu:.2f}s")
    busy = sum(thread_cpu_seconds)
    print(f"the 4 threads used {busy:.2f} CPU-seconds in {threaded_cpu:.2f}s of wall time")
    if gil_enabled:
        # With parallel threads CPU-seconds would exceed wall time (up to 4x); with the GIL they cannot.
        assert busy <= threaded_cpu * 1.15, "with the GIL, only one thread runs Python code at a time"
    else:
        print("(free-threaded build: GIL disabled, skipping the no-speed-up assertion)")

    serial_io = timed(lambda: [io_bound() for _ in range(4)])
    with ThreadPoolExecutor(4) as pool:
        threaded_io = timed(lambda: list(pool.map(io_bound, range(4))))
    print(f"I/O-bound x4: serial {serial_io:.2f}s | 4 threads {threaded_io:.2f}s")
    assert serial_io >= 0.55 and threaded_io < 0.5 * serial_io, "sleeping/I-O threads release the GIL and overlap"

    counter = {"n": 0}
    lock = threading.Lock()

    def add(times, guard):
        for _ in range(times):
            with guard:
                value = counter["n"]   # read
                time.sleep(0)          # another thread may run here
                counter["n"] = value + 1  # write back: overwrites the other thread's update

    for name, guard in [("no lock", contextlib.nullcontext()), ("threading.Lock", lock)]:
        counter["n"] = 0
        threads = [threading.Thread(target=add, args=(2000, guard)) for _ in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        print(f"4 threads x 2000 increments, {name:<14}: counter = {counter['n']} (expected 8000)")
        if guard is lock:
            assert counter["n"] == 8000
        else:
            assert counter["n"] < 8000, "unsynchronised read-modify-write lost updates despite the GIL"

    print("OK: CPU-bound threads got no speed-up under the GIL; I/O-bound threads overlapped (~4x faster); "
          "the GIL did not stop lost updates, a Lock did")
