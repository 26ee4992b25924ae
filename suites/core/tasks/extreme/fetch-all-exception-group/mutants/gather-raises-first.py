# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def fetch_all(keys, fetch, *, limit, timeout, retries=0):
    if limit < 1 or retries < 0 or timeout <= 0:
        raise ValueError("invalid arguments")
    unique = list(dict.fromkeys(keys))
    sem = asyncio.Semaphore(limit)

    async def load(key):
        async with sem:
            for attempt in range(retries + 1):
                try:
                    return await asyncio.wait_for(fetch(key), timeout)
                except (asyncio.TimeoutError, ConnectionError) as exc:
                    if attempt == retries:
                        exc.add_note(f"key={key}")
                        raise

    values = await asyncio.gather(*(load(k) for k in unique), return_exceptions=True)
    errors = [v for v in values if isinstance(v, Exception)]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ExceptionGroup("fetch failed", errors)
    return dict(zip(unique, values))
