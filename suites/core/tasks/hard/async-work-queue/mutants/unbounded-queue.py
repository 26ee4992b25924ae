# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def process_stream(source, handler, *, workers, max_pending):
    if workers < 1 or max_pending < 1:
        raise ValueError("workers and max_pending must be at least 1")
    queue = asyncio.Queue()
    results = {}

    async def consume():
        while True:
            entry = await queue.get()
            if entry is None:
                return
            index, item = entry
            try:
                results[index] = await handler(item)
            except Exception as exc:
                results[index] = exc

    consumers = [asyncio.create_task(consume()) for _ in range(workers)]
    try:
        count = 0
        async for item in source:
            queue.put_nowait((count, item))
            count += 1
        for _ in consumers:
            queue.put_nowait(None)
        await asyncio.gather(*consumers)
    except BaseException:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        raise
    return [results[i] for i in range(count)]
