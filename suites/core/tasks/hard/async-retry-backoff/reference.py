# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def retry(
    operation: Callable[[], Awaitable[T]],
    *,
    attempts: int,
    base_delay: float,
    max_delay: float,
    sleep: Callable[[float], Awaitable[None]],
    retry_on: tuple[type[BaseException], ...] = (Exception,),
) -> T:
    """Call `operation` until it succeeds, sleeping min(max_delay, base_delay * 2**(n-1)) between tries."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if base_delay < 0 or max_delay < base_delay:
        raise ValueError("need 0 <= base_delay <= max_delay")
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except retry_on:
            if attempt == attempts:
                raise
        await sleep(delay)
        # Doubling the previous delay (and stopping at the cap) keeps numbers small.
        delay = min(max_delay, delay * 2)
    raise AssertionError("unreachable")
