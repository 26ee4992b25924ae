# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from itertools import count


def simulate(jobs, workers):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    waiting = {}
    children = {n: [] for n in jobs}
    for name, (duration, _, deps) in jobs.items():
        if not isinstance(duration, int) or isinstance(duration, bool) or duration < 1:
            raise ValueError("bad duration")
        for d in deps:
            if d not in jobs:
                raise ValueError("unknown dependency")
            children[d].append(name)
        waiting[name] = len(deps)
    order = count()
    ready = []
    for name, c in waiting.items():
        if c == 0:
            heapq.heappush(ready, (-jobs[name][1], next(order), name))
    running, result = [], []
    now, free, finished = 0, workers, 0
    while ready or running:
        while free and ready:
            _, _, name = heapq.heappop(ready)
            end = now + jobs[name][0]
            heapq.heappush(running, (end, name))
            result.append((name, now, end))
            free -= 1
        if not running:
            break
        now = running[0][0]
        while running and running[0][0] == now:
            _, done = heapq.heappop(running)
            finished += 1
            free += 1
            for ch in children[done]:
                waiting[ch] -= 1
                if waiting[ch] == 0:
                    heapq.heappush(ready, (-jobs[ch][1], next(order), ch))
    if finished != len(jobs):
        raise ValueError("dependency cycle")
    result.sort(key=lambda e: (e[1], e[0]))
    return result
