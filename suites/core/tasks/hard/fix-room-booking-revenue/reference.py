# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right


def best_revenue(bookings):
    """Maximum total fee from a set of non-overlapping bookings for one room.

    `bookings` is a list of (start, end, fee) with start < end (minutes since the epoch of the
    calendar). A booking that ends at minute t and one that starts at minute t do not overlap.
    """
    items = sorted(bookings, key=lambda b: b[1])
    ends = [end for _, end, _ in items]
    best = [0] * (len(items) + 1)  # best[i]: best revenue using the first i bookings by end time
    for i in range(1, len(items) + 1):
        start, end, fee = items[i - 1]
        # number of bookings (among the first i - 1) that are finished by the time this one starts
        j = bisect_right(ends, start, 0, i - 1)
        best[i] = max(best[i - 1], best[j] + fee)
    return best[-1]
