# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_DONE = object()


async def process_stream(
    source: AsyncIterable[T],
    handler: Callable[[T], Awaitable[R]],
    *,
    workers: int,
    max_pending: int,
) -> list[R | Exception]:
    """Fan items of `source` out to `workers` consumers through a bounded queue."""
    if workers < 1 or max_pending < 1:
        raise ValueError("workers and max_pending must be at least 1")
    queue: asyncio.Queue = asyncio.Queue(maxsize=max_pending)
    results: dict[int, R | Exception] = {}

    async def consume() -> None:
        while True:
            entry = await queue.get()
            if entry is _DONE:
                return
            index, item = entry
            try:
                results[index] = await handler(item)
            except Exception as exc:  # the failure is the item's result
                results[index] = exc

    consumers = [asyncio.ensure_future(consume()) for _ in range(workers)]
    try:
        count = 0
        async for item in source:
            await queue.put((count, item))
            count += 1
        for _ in consumers:
            await queue.put(_DONE)
        await asyncio.gather(*consumers)
    except BaseException:
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        raise
    return [results[i] for i in range(count)]
