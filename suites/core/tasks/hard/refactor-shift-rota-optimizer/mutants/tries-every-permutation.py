# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import permutations


def cheapest_rota(costs):
    """Try every way of giving the shifts to distinct people; keep the cheapest."""
    if not costs:
        return 0, []
    people = len(costs[0])
    if any(len(row) != people for row in costs):
        raise ValueError("every shift needs a cost (or None) for every person")
    best = None
    # permutations() yields in lexicographic order, so the first cheapest is the smallest rota
    for rota in permutations(range(people), len(costs)):
        total = 0
        for shift, person in enumerate(rota):
            cost = costs[shift][person]
            if cost is None:
                break
            total += cost
        else:
            if best is None or total < best[0]:
                best = (total, list(rota))
    return best
