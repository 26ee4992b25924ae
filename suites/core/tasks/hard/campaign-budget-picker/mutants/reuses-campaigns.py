# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_reach(campaigns, budget):
    if budget < 0 or any(p < 0 or r < 0 for _, p, r in campaigns):
        raise ValueError("negative")
    NEG = float("-inf")
    best = [0] + [NEG] * budget
    for _, price, reach in campaigns:
        for p in range(price, budget + 1):
            if best[p - price] + reach > best[p]:
                best[p] = best[p - price] + reach
    top = max(best)
    return int(top), best.index(top)
