# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def probe_all(probes, timeout):
    """Run every health probe concurrently; each one gets `timeout` seconds.

    Returns one entry per probe: ("ok", value), ("timeout", None) or
    ("error", "<exception class name>").
    """
    tasks = [asyncio.ensure_future(probe()) for probe in probes]
    results = []
    try:
        for next_done in asyncio.as_completed(tasks, timeout=timeout):
            try:
                results.append(("ok", await next_done))
            except Exception as exc:
                results.append(("error", type(exc).__name__))
    except asyncio.TimeoutError:
        for task in tasks:
            if not task.done():
                task.cancel()
                results.append(("timeout", None))
    return results
