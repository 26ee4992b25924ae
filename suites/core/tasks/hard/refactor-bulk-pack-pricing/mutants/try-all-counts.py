# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import product


def cheapest_packing(units, packs):
    if units < 0:
        raise ValueError("units")
    if any(s <= 0 or p < 0 for s, p in packs.items()):
        raise ValueError("packs")
    sizes = sorted(packs)
    best = None
    for counts in product(*(range(units // s + 1) for s in sizes)):
        if sum(c * s for c, s in zip(counts, sizes)) != units:
            continue
        option = (sum(c * packs[s] for c, s in zip(counts, sizes)), sum(counts))
        if best is None or option < best:
            best = option
    return best
