# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, handler, concurrency=10):
    """Keep up to `concurrency` handler tasks running; refill as soon as one finishes."""
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    jobs = list(jobs)
    outcomes = [None] * len(jobs)
    index_of = {}
    running = set()
    next_index = 0

    async def guarded(job):
        try:
            return ("ok", await handler(job))
        except Exception as exc:
            return ("error", type(exc).__name__)

    while next_index < len(jobs) or running:
        while next_index < len(jobs) and len(running) < concurrency:
            task = asyncio.ensure_future(guarded(jobs[next_index]))
            index_of[task] = next_index
            running.add(task)
            next_index += 1
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            outcomes[index_of.pop(task)] = task.result()
    return outcomes
