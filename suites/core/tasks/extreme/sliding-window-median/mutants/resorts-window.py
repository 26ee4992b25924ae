# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def sliding_median(values, window, *, partial=False):
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError("window must be a positive integer")

    def gen():
        recent = deque(maxlen=window)
        for v in values:
            if v != v:
                raise ValueError("NaN")
            recent.append(v)
            if len(recent) == window or partial:
                s = sorted(recent)
                n = len(s)
                yield s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2

    return gen()
