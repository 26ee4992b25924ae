# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def peak_draw(jobs):
    events = []
    for start, end, kw in jobs:
        if start >= end or kw < 0:
            raise ValueError("bad job")
        events.append((start, 0, kw))
        events.append((end, 1, -kw))
    events.sort()
    peak = 0
    current = 0
    for _, _, d in events:
        current += d
        peak = max(peak, current)
    if peak == 0:
        return 0, []
    windows = []
    current = 0
    open_at = None
    for t, _, d in events:
        current += d
        if current == peak and open_at is None:
            open_at = t
        elif current != peak and open_at is not None:
            if open_at != t:
                if windows and windows[-1][1] == open_at:
                    windows[-1] = (windows[-1][0], t)
                else:
                    windows.append((open_at, t))
            open_at = None
    return peak, windows
