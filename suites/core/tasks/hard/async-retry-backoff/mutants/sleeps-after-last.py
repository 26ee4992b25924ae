# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
async def retry(operation, *, attempts, base_delay, max_delay, sleep, retry_on=(Exception,)):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if base_delay < 0 or max_delay < base_delay:
        raise ValueError("invalid delays")
    delay = base_delay
    last = None
    for _ in range(attempts):
        try:
            return await operation()
        except retry_on as exc:
            last = exc
            await sleep(delay)
            delay = min(max_delay, delay * 2)
    raise last
