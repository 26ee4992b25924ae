# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_revenue(bookings):
    total, free_at = 0, None
    for start, end, fee in sorted(bookings, key=lambda b: (b[1], -b[2])):
        if free_at is None or start >= free_at:
            total += fee
            free_at = end
    return total
