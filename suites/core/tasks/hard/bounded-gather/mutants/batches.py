# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    factories = list(factories)
    results = []
    for start in range(0, len(factories), limit):
        batch = [asyncio.ensure_future(f()) for f in factories[start:start + limit]]
        try:
            results.extend(await asyncio.gather(*batch))
        except BaseException:
            for task in batch:
                task.cancel()
            await asyncio.gather(*batch, return_exceptions=True)
            raise
    return results
