# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from bisect import bisect_right


def improving_chain(scores):
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("NaN")
    n = len(scores)
    from_here = [0] * n
    tails = []
    for i in range(n - 1, -1, -1):
        key = -scores[i]
        pos = bisect_right(tails, key)
        if pos == len(tails):
            tails.append(key)
        else:
            tails[pos] = key
        from_here[i] = pos + 1
    chain, need = [], len(tails)
    for i in range(n):
        if need and from_here[i] == need and (not chain or scores[i] >= scores[chain[-1]]):
            chain.append(i)
            need -= 1
    return chain
