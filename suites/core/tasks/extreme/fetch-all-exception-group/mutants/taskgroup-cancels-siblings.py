# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def fetch_all(keys, fetch, *, limit, timeout, retries=0):
    if limit < 1 or retries < 0 or timeout <= 0:
        raise ValueError("invalid arguments")
    unique = list(dict.fromkeys(keys))
    sem = asyncio.Semaphore(limit)
    results = {}

    async def load(key):
        async with sem:
            for attempt in range(retries + 1):
                try:
                    async with asyncio.timeout(timeout):
                        results[key] = await fetch(key)
                    return
                except (TimeoutError, ConnectionError) as exc:
                    if attempt == retries:
                        exc.add_note(f"key={key}")
                        raise
                except Exception as exc:
                    exc.add_note(f"key={key}")
                    raise

    async with asyncio.TaskGroup() as tg:
        for key in unique:
            tg.create_task(load(key))
    return {key: results[key] for key in unique}
