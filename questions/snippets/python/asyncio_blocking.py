"""asyncio: one event loop runs many coroutines in one thread; a blocking call inside a coroutine stops them all.

Shows (standard library only):
- the event loop and all coroutines run in ONE thread: they interleave only where they `await`;
- 5 coroutines that `await asyncio.sleep(0.2)` overlap: about 0.2 s in all;
- 5 coroutines that call the blocking `time.sleep(0.2)` run one after another (about 1 s): while one
  blocks, the loop cannot run anything else, not even a heartbeat task;
- `await asyncio.to_thread(time.sleep, 0.2)` (Python 3.9+) moves the blocking call to a worker thread
  (the loop's default ThreadPoolExecutor, like `loop.run_in_executor(None, ...)`), so they overlap again;
- CPU-bound Python code in to_thread still holds the GIL: use a ProcessPoolExecutor for that.

Needs: only the standard library (Python 3.9+).
"""
import asyncio
import threading
import time


async def main():
    loop_thread = threading.get_ident()
    seen_threads = set()
    beats = []
    events = []                           # the order things happened in: judged instead of timings

    async def heartbeat():
        while True:
            beats.append(time.perf_counter())
            events.append("beat")
            await asyncio.sleep(0.01)

    async def polite(i):
        seen_threads.add(threading.get_ident())
        events.append(f"start {i}")
        await asyncio.sleep(0.2)          # yields to the loop while waiting
        events.append(f"end {i}")

    async def rude(i):
        seen_threads.add(threading.get_ident())
        events.append(f"start {i}")
        time.sleep(0.2)                   # blocks the whole loop (a sync DB driver, requests.get, ...)
        events.append(f"end {i}")

    async def offloaded(i):
        events.append(f"start {i}")
        await asyncio.to_thread(time.sleep, 0.2)   # runs in a worker thread, the loop stays free
        events.append(f"end {i}")

    async def run(kind, factory):
        beats.clear()
        events.clear()
        hb = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)            # let the heartbeat start
        start = time.perf_counter()
        await asyncio.gather(*(factory(i) for i in range(5)))
        took = time.perf_counter() - start
        hb.cancel()
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        longest = max(gaps) if gaps else took
        print(f"{kind:<34} 5 x 0.2 s took {took:.2f} s; heartbeat ticks {len(beats):>2}, longest gap {longest:.2f} s")
        return [e for e in events if e != "beat"], events[:]

    def beats_between(events, first, last):
        return events[events.index(first):events.index(last)].count("beat")

    work, _ = await run("await asyncio.sleep(0.2)", polite)
    assert work == [f"start {i}" for i in range(5)] + [f"end {i}" for i in range(5)], \
        "all five started before any finished: they overlap at their await"
    work, events_rude = await run("time.sleep(0.2) inside async def", rude)
    assert work == [f"{e} {i}" for i in range(5) for e in ("start", "end")], "blocking calls run one after another"
    assert all(beats_between(events_rude, f"start {i}", f"end {i}") == 0 for i in range(5)), \
        "the loop could not run the heartbeat while a coroutine blocked"
    work, events_off = await run("await asyncio.to_thread(time.sleep)", offloaded)
    assert work[:5] == [f"start {i}" for i in range(5)], "to_thread: all five are waiting at once"
    assert beats_between(events_off, "start 4", work[5]) > 0, "the heartbeat kept running while the threads slept"

    assert seen_threads == {loop_thread}, "every coroutine ran in the event loop's one thread"
    print("coroutines ran in thread", loop_thread, "only (the loop's thread)")


asyncio.run(main())
print("OK: one thread, cooperative scheduling at await; a blocking call inside a coroutine stalls the whole loop; "
      "asyncio.to_thread moves it off the loop")
