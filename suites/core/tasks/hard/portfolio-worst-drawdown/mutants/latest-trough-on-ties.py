# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def worst_drawdown(values):
    if any(v < 0 for v in values):
        raise ValueError("negative")
    best = None
    peak = 0
    for day in range(1, len(values)):
        if values[day] > values[peak]:
            peak = day
            continue
        size = values[peak] - values[day]
        if size > 0 and (best is None or size >= best[0]):
            best = (size, peak, day)
    if best is None:
        return None
    size, peak, trough = best
    rec = next((d for d in range(trough + 1, len(values)) if values[d] >= values[peak]), None)
    return size, peak, trough, rec
