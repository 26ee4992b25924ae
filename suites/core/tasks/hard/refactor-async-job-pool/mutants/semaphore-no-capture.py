# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, handler, concurrency=10):
    """Bound concurrency with a semaphore and gather the results in input order."""
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    limit = asyncio.Semaphore(concurrency)

    async def one(job):
        async with limit:
            return ("ok", await handler(job))

    return list(await asyncio.gather(*(one(job) for job in jobs)))
