# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def peak_draw(jobs: list[tuple[int, int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """Highest total load of half-open (start, end, kw) jobs and the maximal windows at that load."""
    delta: dict[int, int] = defaultdict(int)
    for start, end, kw in jobs:
        if start >= end:
            raise ValueError(f"job ({start}, {end}) does not end after it starts")
        if kw < 0:
            raise ValueError(f"job ({start}, {end}) has negative power {kw}")
        delta[start] += kw
        delta[end] -= kw

    times = sorted(delta)
    # load[i] is the load on [times[i], times[i + 1]).
    loads = []
    current = 0
    for t in times:
        current += delta[t]
        loads.append(current)

    peak = max(loads, default=0)
    if peak == 0:
        return 0, []

    windows: list[tuple[int, int]] = []
    for i, load in enumerate(loads):
        if load != peak:
            continue
        start, end = times[i], times[i + 1]
        if windows and windows[-1][1] == start:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return peak, windows
