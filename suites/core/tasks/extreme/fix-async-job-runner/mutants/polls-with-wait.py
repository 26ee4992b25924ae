# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, limit, *, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    slots = asyncio.Semaphore(limit)

    async def run_one(job):
        async with slots:
            if timeout is None:
                return await job()
            return await asyncio.wait_for(job(), timeout)

    tasks = [asyncio.ensure_future(run_one(job)) for job in jobs]
    index = {task: i for i, task in enumerate(tasks)}
    results = [None] * len(tasks)
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            exc = task.exception()
            results[index[task]] = exc if exc is not None else task.result()
    return results
