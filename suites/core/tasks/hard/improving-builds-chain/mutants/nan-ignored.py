# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


def improving_chain(scores):
    n = len(scores)
    from_here = [0] * n
    tails = []
    for i in range(n - 1, -1, -1):
        pos = bisect_left(tails, -scores[i])
        if pos == len(tails):
            tails.append(-scores[i])
        else:
            tails[pos] = -scores[i]
        from_here[i] = pos + 1
    chain, need = [], len(tails)
    for i in range(n):
        if need and from_here[i] == need and (not chain or scores[i] > scores[chain[-1]]):
            chain.append(i)
            need -= 1
    return chain
