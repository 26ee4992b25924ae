# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A multi-stage asyncio pipeline with bounded queues, worker pools and strict cleanup."""
from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence

Stage = Callable[[Any], Awaitable[Any]]

_DONE = object()  # end-of-stream marker travelling through the queues


def run_pipeline(
    source: Iterable[Any],
    stages: Sequence[Stage],
    *,
    workers: int = 1,
    queue_size: int = 1,
) -> AsyncIterator[Any]:
    """Validate the arguments now and return an async iterator over the pipeline's results."""
    stages = list(stages)
    if not stages:
        raise ValueError("at least one stage is required")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if queue_size < 1:
        raise ValueError("queue_size must be at least 1")
    return _run(iter(source), stages, workers, queue_size)


async def _run(
    source: Iterator[Any], stages: list[Stage], workers: int, queue_size: int
) -> AsyncIterator[Any]:
    queues = [asyncio.Queue(maxsize=queue_size) for _ in range(len(stages) + 1)]
    failure: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    tasks: list[asyncio.Task[None]] = []

    def fail(exc: BaseException) -> None:
        if not failure.done():
            failure.set_exception(exc)

    async def feed() -> None:
        try:
            for item in source:
                await queues[0].put(item)
            for _ in range(workers):
                await queues[0].put(_DONE)
        except Exception as exc:
            fail(exc)

    live = [workers] * len(stages)

    async def work(index: int, stage: Stage) -> None:
        inbox, outbox = queues[index], queues[index + 1]
        try:
            while (item := await inbox.get()) is not _DONE:
                result = await stage(item)
                if result is not None:
                    await outbox.put(result)
            live[index] -= 1
            if live[index] == 0:  # the last worker of a stage closes the next one
                downstream = workers if index + 1 < len(stages) else 1
                for _ in range(downstream):
                    await outbox.put(_DONE)
        except Exception as exc:
            fail(exc)

    tasks.append(asyncio.ensure_future(feed()))
    for index, stage in enumerate(stages):
        tasks.extend(asyncio.ensure_future(work(index, stage)) for _ in range(workers))

    out = queues[-1]
    try:
        while True:
            getter = asyncio.ensure_future(out.get())
            await asyncio.wait({getter, failure}, return_when=asyncio.FIRST_COMPLETED)
            if failure.done():
                getter.cancel()
                await asyncio.gather(getter, return_exceptions=True)
                failure.result()  # raises the stage's exception
            item = getter.result()
            if item is _DONE:
                return
            yield item
    finally:
        if failure.done():
            failure.exception()  # mark as retrieved
