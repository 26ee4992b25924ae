# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def improving_chain(scores):
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("NaN")
    if not scores:
        return []
    best_start, best_len = 0, 1
    start = 0
    for i in range(1, len(scores) + 1):
        if i == len(scores) or scores[i] <= scores[i - 1]:
            if i - start > best_len:
                best_start, best_len = start, i - start
            start = i
    return list(range(best_start, best_start + best_len))
