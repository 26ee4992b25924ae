# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Call a function again on selected exceptions, with exponential backoff."""
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class RetryError(Exception):
    """Every attempt failed; `last_exception` (also `__cause__`) is the final one."""

    def __init__(self, attempts: int, last_exception: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last_exception!r}")
        self.attempts = attempts
        self.last_exception = last_exception


def retry_call(
    func: Callable[[], T],
    *,
    attempts: int = 3,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.1,
    factor: float = 2.0,
    max_delay: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Return func()'s first successful result, retrying on `retry_on` exceptions."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return func()
        except retry_on as error:
            last = error
        sleep(delay if max_delay is None else min(delay, max_delay))
        delay *= factor
    raise RetryError(attempts, last) from last
