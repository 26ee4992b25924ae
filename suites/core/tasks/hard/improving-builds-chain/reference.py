# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Lexicographically smallest longest strictly increasing subsequence, in O(n log n)."""
import math
from bisect import bisect_left


def improving_chain(scores: list[float]) -> list[int]:
    """Return the earliest-index longest chain of strictly increasing scores."""
    if any(isinstance(s, float) and math.isnan(s) for s in scores):
        raise ValueError("scores must not contain NaN")
    n = len(scores)

    # from_here[i]: length of the longest increasing chain that starts at build i.
    # Scanning right to left, a chain starting at i is a decreasing run of negated scores.
    from_here = [0] * n
    tails: list[float] = []  # tails[k]: smallest negated start of a chain of length k + 1
    for i in range(n - 1, -1, -1):
        key = -scores[i]
        pos = bisect_left(tails, key)
        if pos == len(tails):
            tails.append(key)
        else:
            tails[pos] = key
        from_here[i] = pos + 1

    # Walk forward, always taking the earliest build that can still finish a longest chain.
    chain: list[int] = []
    need = len(tails)
    for i in range(n):
        if need == 0:
            break
        if from_here[i] == need and (not chain or scores[i] > scores[chain[-1]]):
            chain.append(i)
            need -= 1
    return chain
