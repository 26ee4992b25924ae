# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
MOD = 1_000_000_007


def count_rosters(days, staff, min_streak, max_streak):
    if days < 0 or staff < 0:
        raise ValueError("negative")
    if min_streak < 1 or max_streak < min_streak:
        raise ValueError("bad streak bounds")
    if days == 0:
        return 1
    prefix = [0] * (days + 1)
    ends = [0] * (days + 1)
    for i in range(1, days + 1):
        lo, hi = max(1, i - max_streak), i - min_streak
        total = (prefix[hi] - prefix[lo - 1]) * (staff - 1) if hi >= lo else 0
        if min_streak <= i <= max_streak:
            total += staff
        ends[i] = total % MOD
        prefix[i] = (prefix[i - 1] + ends[i]) % MOD
    # the roster may stop in the middle of the last stint
    answer = 0
    for i in range(max(0, days - max_streak + 1), days + 1):
        if i == 0:
            answer += staff
        elif i < days:
            answer += ends[i] * (staff - 1)
        else:
            answer += ends[i]
    return answer % MOD
