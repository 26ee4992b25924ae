# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Counting on-call rosters with bounded stint lengths, in linear time."""

MOD = 1_000_000_007


def count_rosters(days: int, staff: int, min_streak: int, max_streak: int) -> int:
    """Number of rosters of days days whose stints all last min_streak..max_streak days."""
    if days < 0 or staff < 0:
        raise ValueError("days and staff must not be negative")
    if min_streak < 1 or max_streak < min_streak:
        raise ValueError("need 1 <= min_streak <= max_streak")
    if days == 0:
        return 1

    # ends[i]: rosters of the first i days whose last stint ends exactly on day i.
    # prefix[i] = ends[1] + ... + ends[i], so a window of earlier ends is summed in O(1).
    prefix = [0] * (days + 1)
    ends_i = 0
    for i in range(1, days + 1):
        low, high = max(1, i - max_streak), i - min_streak
        total = 0
        if high >= low:
            # a new stint after an earlier one: any engineer except the previous one
            total = (prefix[high] - prefix[low - 1]) * (staff - 1)
        if min_streak <= i <= max_streak:
            # the roster is a single stint so far: any engineer
            total += staff
        ends_i = total % MOD
        prefix[i] = (prefix[i - 1] + ends_i) % MOD
    return ends_i
