# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def peak_draw(jobs):
    delta = defaultdict(int)
    for start, end, kw in jobs:
        if start >= end or kw < 0:
            raise ValueError("bad job")
        delta[start] += kw
        delta[end + 1] -= kw
    times = sorted(delta)
    loads = []
    current = 0
    for t in times:
        current += delta[t]
        loads.append(current)
    peak = max(loads, default=0)
    if peak == 0:
        return 0, []
    windows = []
    for i, load in enumerate(loads):
        if load == peak:
            if windows and windows[-1][1] == times[i]:
                windows[-1] = (windows[-1][0], times[i + 1] - 1)
            else:
                windows.append((times[i], times[i + 1] - 1))
    return peak, windows
