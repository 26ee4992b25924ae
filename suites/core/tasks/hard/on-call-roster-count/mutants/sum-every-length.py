# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
MOD = 1_000_000_007


def count_rosters(days, staff, min_streak, max_streak):
    if days < 0 or staff < 0:
        raise ValueError("negative")
    if min_streak < 1 or max_streak < min_streak:
        raise ValueError("bad streak bounds")
    if days == 0:
        return 1
    ends = [0] * (days + 1)
    for i in range(1, days + 1):
        total = 0
        for length in range(min_streak, min(max_streak, i) + 1):
            start = i - length
            if start == 0:
                total += staff
            else:
                total += ends[start] * (staff - 1)
        ends[i] = total % MOD
    return ends[days]
