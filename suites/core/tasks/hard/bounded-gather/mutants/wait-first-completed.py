# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = {}
    running = {}
    it = iter(enumerate(factories))
    exhausted = False
    while True:
        while not exhausted and len(running) < limit:
            try:
                i, factory = next(it)
            except StopIteration:
                exhausted = True
                break
            running[asyncio.ensure_future(factory())] = i
        if not running:
            break
        done, _ = await asyncio.wait(running.keys(), return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            i = running.pop(task)
            if task.exception() is not None:
                for other in running:
                    other.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                raise task.exception()
            results[i] = task.result()
    return [results[i] for i in range(len(results))]
