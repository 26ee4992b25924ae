# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def worst_drawdown(values):
    if any(v < 0 for v in values):
        raise ValueError("negative")
    if len(values) < 2:
        return None
    peak = max(range(len(values)), key=lambda i: (values[i], -i))
    if peak == len(values) - 1:
        return None
    trough = min(range(peak + 1, len(values)), key=lambda i: (values[i], i))
    size = values[peak] - values[trough]
    if size <= 0:
        return None
    rec = next((d for d in range(trough + 1, len(values)) if values[d] >= values[peak]), None)
    return size, peak, trough, rec
