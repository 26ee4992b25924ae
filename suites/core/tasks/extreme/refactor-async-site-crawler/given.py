# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio


async def crawl(start, fetch_links, max_depth, workers):
    if workers < 1:
        raise ValueError("workers")
    if max_depth < 0:
        raise ValueError("max_depth")
    result = {}
    result[start] = 0
    level = [start]
    d = 0
    while len(level) > 0 and d < max_depth:
        q = asyncio.Queue()
        for u in level:
            q.put_nowait(u)
        found = []

        async def w():
            while True:
                try:
                    u = q.get_nowait()
                except asyncio.QueueEmpty:
                    return
                try:
                    links = await fetch_links(u)
                except Exception:
                    links = []
                for l in links:
                    found.append(l)

        ts = []
        for i in range(workers):
            ts.append(asyncio.ensure_future(w()))
        await asyncio.gather(*ts)
        nxt = []
        for l in found:
            if l in result:
                pass
            else:
                result[l] = d + 1
                nxt.append(l)
        level = nxt
        d = d + 1
    return result
