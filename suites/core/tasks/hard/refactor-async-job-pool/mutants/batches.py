# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, handler, concurrency=10):
    """Run the jobs in batches of `concurrency`, keeping input order."""
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    jobs = list(jobs)

    async def guarded(job):
        try:
            return ("ok", await handler(job))
        except Exception as exc:
            return ("error", type(exc).__name__)

    outcomes = []
    for start in range(0, len(jobs), concurrency):
        outcomes.extend(await asyncio.gather(*(guarded(job) for job in jobs[start:start + concurrency])))
    return outcomes
