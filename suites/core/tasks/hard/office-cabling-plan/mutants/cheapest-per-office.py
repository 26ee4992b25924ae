# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_cabling(offices, quotes):
    known = set(offices)
    for a, b, _ in quotes:
        if a not in known or b not in known:
            raise ValueError("unknown office")
    if len(offices) <= 1:
        return 0, []
    best = {}
    for i, (a, b, price) in enumerate(quotes):
        if a == b:
            continue
        for o in (a, b):
            if o not in best or price < quotes[best[o]][2]:
                best[o] = i
    if len(best) < len(offices):
        raise ValueError("cannot connect")
    chosen = sorted(set(best.values()))
    return sum(quotes[i][2] for i in chosen), chosen
