# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def probe_all(probes, timeout):
    """Run every probe concurrently with a shared deadline; results in probe order."""
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(probe()) for probe in probes]
    if not tasks:
        return []
    deadline = loop.time() + timeout
    pending = set(tasks)
    while pending:
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        _, pending = await asyncio.wait(pending, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    results = []
    for task in tasks:
        if task.cancelled():
            results.append(("timeout", None))
        elif task.exception() is not None:
            results.append(("error", type(task.exception()).__name__))
        else:
            results.append(("ok", task.result()))
    return results
