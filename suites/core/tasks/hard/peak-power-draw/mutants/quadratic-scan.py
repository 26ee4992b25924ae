# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def peak_draw(jobs):
    for start, end, kw in jobs:
        if start >= end or kw < 0:
            raise ValueError("bad job")
    points = sorted({t for s, e, _ in jobs for t in (s, e)})

    def load_at(t):
        return sum(kw for s, e, kw in jobs if s <= t < e)

    loads = [load_at(t) for t in points]
    peak = max(loads, default=0)
    if peak == 0:
        return 0, []
    windows = []
    for i, load in enumerate(loads):
        if load == peak:
            if windows and windows[-1][1] == points[i]:
                windows[-1] = (windows[-1][0], points[i + 1])
            else:
                windows.append((points[i], points[i + 1]))
    return peak, windows
