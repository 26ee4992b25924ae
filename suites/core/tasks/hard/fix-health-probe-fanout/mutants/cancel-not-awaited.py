# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def probe_all(probes, timeout):
    """Run every probe concurrently; cancel whatever is still running at the deadline."""
    tasks = [asyncio.ensure_future(probe()) for probe in probes]
    if not tasks:
        return []
    _, pending = await asyncio.wait(tasks, timeout=timeout)
    results = []
    for task in tasks:
        if task in pending:
            task.cancel()
            results.append(("timeout", None))
        elif task.exception() is not None:
            results.append(("error", type(task.exception()).__name__))
        else:
            results.append(("ok", task.result()))
    return results
