# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def run_jobs(jobs, handler, concurrency=10):
    # process jobs with at most `concurrency` handlers running, keep input order
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    jobs = list(jobs)
    res = [None] * len(jobs)
    st = {"i": 0, "busy": 0}

    async def w():
        while 1:
            if st["i"] >= len(jobs):
                return
            k = st["i"]
            st["i"] = st["i"] + 1
            st["busy"] = st["busy"] + 1
            try:
                r = await handler(jobs[k])
                res[k] = ("ok", r)
            except Exception as e:
                res[k] = ("error", type(e).__name__)
            st["busy"] = st["busy"] - 1

    n = concurrency
    if len(jobs) < n:
        n = len(jobs)
    ws = []
    for x in range(n):
        ws.append(asyncio.ensure_future(w()))
    for x in range(len(ws)):
        await ws[x]
    return res
