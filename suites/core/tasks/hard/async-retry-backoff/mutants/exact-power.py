# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
async def retry(operation, *, attempts, base_delay, max_delay, sleep, retry_on=(Exception,)):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if base_delay < 0 or max_delay < base_delay:
        raise ValueError("invalid delays")
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except retry_on:
            if attempt == attempts:
                raise
            await sleep(min(max_delay, base_delay * 2 ** (attempt - 1)))
