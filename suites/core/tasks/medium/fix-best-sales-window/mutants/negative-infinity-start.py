# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_window(daily, days=7):
    if days < 1 or len(daily) < days:
        raise ValueError("not enough data for the window")
    best_start, best_total = 0, float("-inf")
    total = sum(daily[:days - 1])
    for start in range(1, len(daily) - days + 1):
        total += daily[start + days - 2]
        if total > best_total:
            best_start, best_total = start - 1, total
        total -= daily[start - 1]
    return best_start, best_total
