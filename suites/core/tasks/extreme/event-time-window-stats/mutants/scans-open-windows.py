# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def window_stats(events, size, *, allowed_lateness=0):
    if size <= 0 or allowed_lateness < 0:
        raise ValueError("bad window parameters")

    def gen():
        windows = {}  # start -> {key: [count, total, min, max]}
        newest = -math.inf
        for t, key, value in events:
            if math.isnan(t):
                raise ValueError("NaN timestamp")
            start = math.floor(t / size) * size
            if start + size <= newest - allowed_lateness:
                continue
            stats = windows.setdefault(start, {}).get(key)
            if stats is None:
                windows[start][key] = [1, value, value, value]
            else:
                stats[0] += 1
                stats[1] += value
                stats[2] = min(stats[2], value)
                stats[3] = max(stats[3], value)
            newest = max(newest, t)
            for s in sorted(windows):
                if s + size <= newest - allowed_lateness:
                    for k in sorted(windows[s]):
                        yield (s, k, *windows[s][k])
                    del windows[s]
        for s in sorted(windows):
            for k in sorted(windows[s]):
                yield (s, k, *windows[s][k])

    return gen()
