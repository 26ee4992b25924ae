# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_reach(campaigns, budget):
    if budget < 0 or any(p < 0 or r < 0 for _, p, r in campaigns):
        raise ValueError("negative")
    best = [0] * (budget + 1)
    for _, price, reach in campaigns:
        for p in range(budget, price - 1, -1):
            best[p] = max(best[p], best[p - price] + reach)
    return best[budget], budget if best[budget] else 0
