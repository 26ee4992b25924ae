# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_reach(campaigns, budget):
    if budget < 0 or any(p < 0 or r < 0 for _, p, r in campaigns):
        raise ValueError("negative")
    ranked = sorted(campaigns, key=lambda c: c[2] / c[1] if c[1] else float("inf"), reverse=True)
    reach = price = 0
    for _, p, r in ranked:
        if r > 0 and price + p <= budget:
            price += p
            reach += r
    return reach, price
