# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

RETRYABLE = (ConnectionError, TimeoutError)


async def _download(
    url: str,
    fetch: Callable[[str], Awaitable[bytes]],
    sleep: Callable[[float], Awaitable[None]],
    max_attempts: int,
    base_delay: float,
    max_delay: float,
) -> dict[str, Any]:
    """Fetch one url, retrying transient errors with capped exponential backoff."""
    attempt = 0
    while True:
        attempt += 1
        try:
            body = await fetch(url)
            return {"url": url, "ok": True, "size": len(body), "attempts": attempt}
        except RETRYABLE as exc:
            if attempt >= max_attempts:
                return {"url": url, "ok": False, "error": type(exc).__name__, "attempts": attempt}
            await sleep(min(base_delay * 2 ** (attempt - 1), max_delay))
        except Exception as exc:
            return {"url": url, "ok": False, "error": type(exc).__name__, "attempts": attempt}


async def download_all(
    urls: Sequence[str],
    fetch: Callable[[str], Awaitable[bytes]],
    sleep: Callable[[float], Awaitable[None]],
    max_attempts: int = 3,
    base_delay: float = 0.5,
    max_delay: float = 10.0,
) -> list[dict[str, Any]]:
    """Download `urls` one after another and report one result dict per url, in order.

    Connection errors and timeouts are retried up to `max_attempts` attempts in total,
    sleeping `base_delay`, then twice as long each time, capped at `max_delay`. Any other
    exception fails the url at once. A repeated url is fetched only once; its report is
    repeated (as a separate dict).
    """
    if max_attempts < 1:
        raise ValueError("max_attempts must be >= 1")
    reports: list[dict[str, Any]] = []
    known: dict[str, dict[str, Any]] = {}
    for url in urls:
        if url not in known:
            known[url] = await _download(url, fetch, sleep, max_attempts, base_delay, max_delay)
        reports.append(dict(known[url]))
    return reports
