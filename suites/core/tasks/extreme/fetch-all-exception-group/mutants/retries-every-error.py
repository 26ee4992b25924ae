# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Fetch many keys concurrently with a concurrency cap, per-attempt timeouts and retries."""
from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Iterable

RETRYABLE = (TimeoutError, ConnectionError)


async def fetch_all(
    keys: Iterable[str],
    fetch: Callable[[str], Awaitable[Any]],
    *,
    limit: int,
    timeout: float,
    retries: int = 0,
) -> dict[str, Any]:
    """Fetch each distinct key once; raise an ExceptionGroup of the keys that failed."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if retries < 0:
        raise ValueError("retries must not be negative")
    if not timeout > 0:
        raise ValueError("timeout must be positive")

    unique = list(dict.fromkeys(keys))
    slots = asyncio.Semaphore(limit)
    results: dict[str, Any] = {}
    errors: dict[str, Exception] = {}

    async def load(key: str) -> None:
        async with slots:
            for attempt in range(retries + 1):
                try:
                    async with asyncio.timeout(timeout):
                        results[key] = await fetch(key)
                    return
                except Exception as exc:
                    if attempt == retries:
                        errors[key] = exc

    # load() never raises, so the group only ever cancels its children when we are cancelled.
    async with asyncio.TaskGroup() as group:
        for key in unique:
            group.create_task(load(key))

    if errors:
        failures = []
        for key in unique:
            if key in errors:
                exc = errors[key]
                exc.add_note(f"key={key}")
                failures.append(exc)
        raise ExceptionGroup(f"{len(failures)} of {len(unique)} keys failed", failures)
    return {key: results[key] for key in unique}
