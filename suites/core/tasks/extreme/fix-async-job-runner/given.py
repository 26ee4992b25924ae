# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
from typing import Any, Awaitable, Callable, Sequence


async def run_jobs(
    jobs: Sequence[Callable[[], Awaitable[Any]]], limit: int, *, timeout: float | None = None
) -> list[Any]:
    """Run the jobs with at most `limit` at a time.

    Returns, in job order, each job's result or the exception it raised. With a `timeout`, a job that
    runs longer than `timeout` seconds is cancelled and its entry is a TimeoutError.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    slots = asyncio.Semaphore(limit)

    async def run_one(job):
        await slots.acquire()
        result = await job()
        slots.release()
        return result

    calls = [run_one(job) for job in jobs]
    if timeout is not None:
        calls = [asyncio.wait_for(call, timeout) for call in calls]
    return await asyncio.gather(*calls, return_exceptions=True)
