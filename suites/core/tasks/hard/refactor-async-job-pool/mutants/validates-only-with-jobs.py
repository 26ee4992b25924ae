# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

J = TypeVar("J")
Outcome = tuple[str, Any]


async def run_jobs(
    jobs: Iterable[J],
    handler: Callable[[J], Awaitable[Any]],
    concurrency: int = 10,
) -> list[Outcome]:
    """Run `handler` on every job with at most `concurrency` calls in flight.

    Jobs are started in input order, and a worker picks up the next job as soon as its
    current one finishes. Returns one outcome per job, in input order: ("ok", result) or
    ("error", "<exception class name>") when the handler raised an Exception.
    """
    pending = list(jobs)
    if not pending:
        return []
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    outcomes: list[Outcome | None] = [None] * len(pending)
    queue = iter(enumerate(pending))

    async def worker() -> None:
        for index, job in queue:  # the iterator is shared, so each job is taken exactly once
            try:
                outcomes[index] = ("ok", await handler(job))
            except Exception as exc:
                outcomes[index] = ("error", type(exc).__name__)

    workers = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(pending)))]
    for task in workers:
        await task
    return outcomes  # type: ignore[return-value]
