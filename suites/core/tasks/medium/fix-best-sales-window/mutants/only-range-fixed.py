# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_window(daily, days=7):
    if days < 1 or len(daily) < days:
        raise ValueError("not enough data for the window")
    total = sum(daily[:days])
    best_start, best_total = 0, 0
    for start in range(1, len(daily) - days + 1):
        total += daily[start + days - 1] - daily[start - 1]
        if total > best_total:
            best_start, best_total = start, total
    return best_start, best_total
