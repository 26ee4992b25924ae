# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_packing(units, packs):
    if units < 0:
        raise ValueError("units")
    best = [None] * (units + 1)
    best[0] = (0, 0)
    for amount in range(1, units + 1):
        options = [(best[amount - s][0] + p, best[amount - s][1] + 1)
                   for s, p in packs.items() if 0 < s <= amount and best[amount - s] is not None]
        best[amount] = min(options, default=None)
    if any(p < 0 for p in packs.values()):
        raise ValueError("packs")
    return best[units]
