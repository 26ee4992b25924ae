# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, handler, concurrency=10):
    """Workers pull jobs from a queue; outcomes are collected as they finish."""
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    outcomes = []

    async def worker():
        while not queue.empty():
            job = queue.get_nowait()
            try:
                outcomes.append(("ok", await handler(job)))
            except Exception as exc:
                outcomes.append(("error", type(exc).__name__))

    await asyncio.gather(*(worker() for _ in range(min(concurrency, queue.qsize()))))
    return outcomes
