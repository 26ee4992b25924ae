# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def _run_one(probe, timeout):
    try:
        return ("ok", await asyncio.wait_for(probe(), timeout))
    except asyncio.TimeoutError:
        return ("timeout", None)
    except Exception as exc:
        return ("error", type(exc).__name__)


async def probe_all(probes, timeout):
    """Run every probe concurrently, each with its own timeout."""
    results = []
    for next_done in asyncio.as_completed([_run_one(probe, timeout) for probe in probes]):
        results.append(await next_done)
    return results
