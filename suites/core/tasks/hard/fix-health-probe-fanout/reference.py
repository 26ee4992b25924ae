# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any


async def _run_one(probe: Callable[[], Awaitable[Any]], timeout: float) -> tuple[str, Any]:
    try:
        # wait_for cancels the probe on timeout and waits until it has finished cancelling.
        return ("ok", await asyncio.wait_for(probe(), timeout))
    except asyncio.TimeoutError:
        return ("timeout", None)
    except Exception as exc:
        return ("error", type(exc).__name__)


async def probe_all(
    probes: Iterable[Callable[[], Awaitable[Any]]], timeout: float
) -> list[tuple[str, Any]]:
    """Run every health probe concurrently; each one gets `timeout` seconds.

    Returns one entry per probe, in the order of `probes`: ("ok", value),
    ("timeout", None) or ("error", "<exception class name>"). A probe that times out
    has been cancelled and has finished its cleanup before this returns.
    """
    return list(await asyncio.gather(*(_run_one(probe, timeout) for probe in probes)))
