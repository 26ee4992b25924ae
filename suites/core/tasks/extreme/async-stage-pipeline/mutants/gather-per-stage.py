# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


def run_pipeline(source, stages, *, workers=1, queue_size=1):
    stages = list(stages)
    if not stages or workers < 1 or queue_size < 1:
        raise ValueError("invalid pipeline arguments")
    return _run(source, stages, workers)


async def _run(source, stages, workers):
    items = list(source)
    sem = asyncio.Semaphore(workers)

    async def limited(stage, item):
        async with sem:
            return await stage(item)

    for stage in stages:
        results = await asyncio.gather(*(limited(stage, item) for item in items))
        items = [r for r in results if r is not None]
    for item in items:
        yield item
