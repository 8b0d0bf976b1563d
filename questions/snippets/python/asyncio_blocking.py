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

    async def heartbeat():
        while True:
            beats.append(time.perf_counter())
            await asyncio.sleep(0.02)

    async def polite(i):
        seen_threads.add(threading.get_ident())
        await asyncio.sleep(0.2)          # yields to the loop while waiting

    async def rude(i):
        seen_threads.add(threading.get_ident())
        time.sleep(0.2)                   # blocks the whole loop (a sync DB driver, requests.get, ...)

    async def offloaded(i):
        await asyncio.to_thread(time.sleep, 0.2)   # runs in a worker thread, the loop stays free

    async def run(kind, factory):
        beats.clear()
        hb = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)            # let the heartbeat start
        start = time.perf_counter()
        await asyncio.gather(*(factory(i) for i in range(5)))
        took = time.perf_counter() - start
        hb.cancel()
        gaps = [b - a for a, b in zip(beats, beats[1:])]
        longest = max(gaps) if gaps else took
        print(f"{kind:<34} 5 x 0.2 s took {took:.2f} s; heartbeat ticks {len(beats):>2}, longest gap {longest:.2f} s")
        return took, longest

    t_polite, _ = await run("await asyncio.sleep(0.2)", polite)
    t_rude, gap_rude = await run("time.sleep(0.2) inside async def", rude)
    t_off, gap_off = await run("await asyncio.to_thread(time.sleep)", offloaded)

    assert seen_threads == {loop_thread}, "every coroutine ran in the event loop's one thread"
    assert t_polite < 0.6, "awaiting coroutines overlap"
    assert t_rude >= 0.95, "blocking calls serialise: 5 x 0.2 s"
    assert gap_rude >= 0.19, "the loop could not even run the heartbeat while a coroutine blocked"
    assert t_off < 0.6 and gap_off < 0.19, "to_thread keeps the loop responsive"
    print("coroutines ran in thread", loop_thread, "only (the loop's thread)")


asyncio.run(main())
print("OK: one thread, cooperative scheduling at await; a blocking call inside a coroutine stalls the whole loop; "
      "asyncio.to_thread moves it off the loop")
