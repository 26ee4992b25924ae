# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_revenue(bookings):
    items = sorted(bookings, key=lambda b: b[1])
    best = [0] * (len(items) + 1)
    for i in range(1, len(items) + 1):
        start, end, fee = items[i - 1]
        j = i - 1
        while j > 0 and items[j - 1][1] > start:
            j -= 1
        best[i] = max(best[i - 1], best[j] + fee)
    return best[-1]
