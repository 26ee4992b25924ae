# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right


def best_revenue(bookings):
    items = sorted(bookings, key=lambda b: b[1])
    ends = [b[1] for b in items]
    best = [0] * (len(items) + 1)
    for i in range(1, len(items) + 1):
        start, end, fee = items[i - 1]
        j = bisect_right(ends, start, 0, i - 1) - 1  # index of the last finished booking
        best[i] = max(best[i - 1], (best[j] if j >= 0 else 0) + fee)
    return best[-1]
