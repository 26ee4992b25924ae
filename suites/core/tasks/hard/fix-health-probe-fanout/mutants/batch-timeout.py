# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def probe_all(probes, timeout):
    """Run every probe concurrently under one timeout."""
    coros = [probe() for probe in probes]
    try:
        outcomes = await asyncio.wait_for(asyncio.gather(*coros, return_exceptions=True), timeout)
    except asyncio.TimeoutError:
        return [("timeout", None)] * len(coros)
    return [
        ("error", type(outcome).__name__) if isinstance(outcome, Exception) else ("ok", outcome)
        for outcome in outcomes
    ]
