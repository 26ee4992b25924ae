# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def process_stream(source, handler, *, workers, max_pending):
    if workers < 1 or max_pending < 1:
        raise ValueError("workers and max_pending must be at least 1")
    queue = asyncio.Queue(maxsize=max_pending)
    results = []

    async def consume():
        while True:
            item = await queue.get()
            try:
                results.append(await handler(item))
            except Exception as exc:
                results.append(exc)
            finally:
                queue.task_done()

    consumers = [asyncio.create_task(consume()) for _ in range(workers)]
    try:
        async for item in source:
            await queue.put(item)
        await queue.join()
    finally:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
    return results
