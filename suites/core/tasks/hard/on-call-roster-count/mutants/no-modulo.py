# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def count_rosters(days, staff, min_streak, max_streak):
    if days < 0 or staff < 0:
        raise ValueError("negative")
    if min_streak < 1 or max_streak < min_streak:
        raise ValueError("bad streak bounds")
    if days == 0:
        return 1
    prefix = [0] * (days + 1)
    last = 0
    for i in range(1, days + 1):
        lo, hi = max(1, i - max_streak), i - min_streak
        total = (prefix[hi] - prefix[lo - 1]) * (staff - 1) if hi >= lo else 0
        if min_streak <= i <= max_streak:
            total += staff
        last = total
        prefix[i] = prefix[i - 1] + total
    return last
