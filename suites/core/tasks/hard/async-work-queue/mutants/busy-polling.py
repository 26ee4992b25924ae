# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def process_stream(source, handler, *, workers, max_pending):
    if workers < 1 or max_pending < 1:
        raise ValueError("workers and max_pending must be at least 1")
    queue = asyncio.Queue(maxsize=max_pending)
    results = {}
    finished = False

    async def consume():
        while True:
            try:
                index, item = queue.get_nowait()
            except asyncio.QueueEmpty:
                if finished:
                    return
                await asyncio.sleep(0)
                continue
            try:
                results[index] = await handler(item)
            except Exception as exc:
                results[index] = exc

    consumers = [asyncio.ensure_future(consume()) for _ in range(workers)]
    try:
        count = 0
        async for item in source:
            await queue.put((count, item))
            count += 1
        finished = True
        await asyncio.gather(*consumers)
    except BaseException:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        raise
    return [results[i] for i in range(count)]
