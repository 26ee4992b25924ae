# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from collections import defaultdict


def window_stats(events, size, *, allowed_lateness=0):
    if size <= 0 or allowed_lateness < 0:
        raise ValueError("bad window parameters")

    def gen():
        kept = []
        newest = -math.inf
        for t, key, value in events:
            if math.isnan(t):
                raise ValueError("NaN timestamp")
            index = math.floor(t / size)
            if (index + 1) * size <= newest - allowed_lateness:
                continue
            newest = max(newest, t)
            kept.append((index, key, value))
        groups = defaultdict(list)
        for index, key, value in kept:
            groups[(index, key)].append(value)
        for index, key in sorted(groups):
            vals = groups[(index, key)]
            yield (index * size, key, len(vals), sum(vals), min(vals), max(vals))

    return gen()
