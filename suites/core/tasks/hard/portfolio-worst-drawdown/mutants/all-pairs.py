# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def worst_drawdown(values):
    if any(v < 0 for v in values):
        raise ValueError("negative")
    best = None
    n = len(values)
    for p in range(n):
        for t in range(p + 1, n):
            size = values[p] - values[t]
            if size > 0 and (best is None or size > best[0]):
                best = (size, p, t)
    if best is None:
        return None
    size, p, t = best
    rec = None
    for d in range(t + 1, n):
        if values[d] >= values[p]:
            rec = d
            break
    return size, p, t, rec
