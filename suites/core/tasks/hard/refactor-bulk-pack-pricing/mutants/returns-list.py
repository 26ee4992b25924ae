# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_packing(units, packs):
    if units < 0:
        raise ValueError("units")
    if any(s <= 0 or p < 0 for s, p in packs.items()):
        raise ValueError("packs")
    best = [None] * (units + 1)
    best[0] = [0, 0]
    for amount in range(1, units + 1):
        for size, price in packs.items():
            prev = best[amount - size] if size <= amount else None
            if prev is not None:
                option = [prev[0] + price, prev[1] + 1]
                if best[amount] is None or option < best[amount]:
                    best[amount] = option
    return best[units]
