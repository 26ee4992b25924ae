# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from bisect import bisect_left


def improving_chain(scores):
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("NaN")
    tails, tail_idx, prev = [], [], [-1] * len(scores)
    for i, s in enumerate(scores):
        pos = bisect_left(tails, s)
        if pos == len(tails):
            tails.append(s)
            tail_idx.append(i)
        else:
            tails[pos] = s
            tail_idx[pos] = i
        prev[i] = tail_idx[pos - 1] if pos > 0 else -1
    chain = []
    k = tail_idx[-1] if tail_idx else -1
    while k != -1:
        chain.append(k)
        k = prev[k]
    return chain[::-1]
