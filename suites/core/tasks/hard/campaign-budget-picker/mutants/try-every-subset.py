# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import combinations


def best_reach(campaigns, budget):
    if budget < 0 or any(p < 0 or r < 0 for _, p, r in campaigns):
        raise ValueError("negative")
    best = (0, 0)
    for k in range(1, len(campaigns) + 1):
        for combo in combinations(campaigns, k):
            price = sum(c[1] for c in combo)
            if price > budget:
                continue
            reach = sum(c[2] for c in combo)
            if reach > best[0] or (reach == best[0] and price < best[1]):
                best = (reach, price)
    return best
