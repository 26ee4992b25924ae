# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""An order-preserving, lazily consuming parallel map built on ThreadPoolExecutor."""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def bounded_map(
    fn: Callable[[T], R], items: Iterable[T], *, workers: int, max_in_flight: int
) -> Iterator[R]:
    """Yield fn(item) for each item in order, with at most `max_in_flight` items outstanding."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    return _ordered_results(fn, iter(items), workers, max_in_flight)


def _ordered_results(
    fn: Callable[[T], R], source: Iterator[T], workers: int, max_in_flight: int
) -> Iterator[R]:
    pending: deque[Future[R]] = deque()
    executor = ThreadPoolExecutor(max_workers=workers)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < max_in_flight:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(executor.submit(fn, item))
            if not pending:
                return
            # The popped item still counts as in flight until its result is yielded.
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True)
