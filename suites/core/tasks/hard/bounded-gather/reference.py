# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def gather_limited(factories: Iterable[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Run the jobs with at most `limit` in flight; results in input order, fail fast."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results: dict[int, T] = {}
    jobs = enumerate(factories)

    async def worker() -> None:
        # Workers share one iterator, so jobs start in input order and lazily.
        for index, factory in jobs:
            results[index] = await factory()

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    done, pending = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
    failed = next((task for task in workers if task.done() and not task.cancelled()
                   and task.exception() is not None), None)
    if failed is not None:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        raise failed.exception()
    return [results[i] for i in range(len(results))]
