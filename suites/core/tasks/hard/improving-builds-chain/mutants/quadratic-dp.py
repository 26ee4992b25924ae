# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def improving_chain(scores):
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("NaN")
    n = len(scores)
    longest = [1] * n
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n):
            if scores[j] > scores[i] and longest[j] + 1 > longest[i]:
                longest[i] = longest[j] + 1
    if not scores:
        return []
    need = max(longest)
    chain = []
    for i in range(n):
        if longest[i] == need and (not chain or scores[i] > scores[chain[-1]]):
            chain.append(i)
            need -= 1
            if need == 0:
                break
    return chain
