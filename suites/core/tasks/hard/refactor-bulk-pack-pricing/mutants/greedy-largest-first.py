# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_packing(units, packs):
    if units < 0:
        raise ValueError("units")
    if any(s <= 0 or p < 0 for s, p in packs.items()):
        raise ValueError("packs")
    best = None
    sizes = sorted(packs, reverse=True)
    # try each pack as the "main" pack, fill the rest greedily
    for start in range(len(sizes)):
        left, price, count = units, 0, 0
        for s in sizes[start:]:
            k = left // s
            left -= k * s
            price += k * packs[s]
            count += k
        if left == 0 and (best is None or (price, count) < best):
            best = (price, count)
    if units == 0:
        return (0, 0)
    return best
