# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from bisect import bisect_left


def improving_chain(scores):
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("NaN")
    ending = []
    tails = []
    for s in scores:
        pos = bisect_left(tails, s)
        if pos == len(tails):
            tails.append(s)
        else:
            tails[pos] = s
        ending.append(pos + 1)
    need = len(tails)
    chain = []
    for i in range(len(scores) - 1, -1, -1):
        if need and ending[i] == need and (not chain or scores[i] < scores[chain[-1]]):
            chain.append(i)
            need -= 1
    return chain[::-1]
