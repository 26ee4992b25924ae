# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left, insort
from collections import deque


def sliding_median(values, window, *, partial=False):
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError("window must be a positive integer")

    def gen():
        recent = deque(maxlen=window)
        ordered = []
        for value in values:
            if value != value:
                raise ValueError("NaN in input")
            recent.append(value)  # the deque drops the oldest value by itself
            insort(ordered, value)
            if len(ordered) > window:
                del ordered[bisect_left(ordered, recent[0])]
            n = len(ordered)
            if n == window or partial:
                yield ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2

    return gen()
