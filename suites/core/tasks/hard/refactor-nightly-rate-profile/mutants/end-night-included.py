# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def rate_profile(rules: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Effective nightly price over time from overlapping rate rules.

    Each rule `(start, end, price)` applies to the nights `start <= night < end`; where several
    rules apply the highest price wins, and where none applies the price is 0. Returns the
    change points `(night, price)`: the price from `night` on until the next change point.
    Before the first change point the price is 0, and consecutive points never repeat a price.
    Raises ValueError if a rule has `start >= end` or a negative price.
    """
    for start, end, price in rules:
        if start >= end:
            raise ValueError(f"rule {start}-{end} is empty")
        if price < 0:
            raise ValueError(f"rule {start}-{end} has negative price {price}")

    by_start = sorted(rules)
    boundaries = sorted({night for start, end, _ in rules for night in (start, end)})
    active: list[tuple[int, int]] = []  # (-price, end): the highest price on top
    changes: list[tuple[int, int]] = []
    current = 0
    next_rule = 0
    for night in boundaries:
        while next_rule < len(by_start) and by_start[next_rule][0] <= night:
            _, end, price = by_start[next_rule]
            heapq.heappush(active, (-price, end))
            next_rule += 1
        # Rules that ended are only removed once they reach the top (lazy deletion).
        while active and active[0][1] < night:
            heapq.heappop(active)
        price = -active[0][0] if active else 0
        if price != current:
            changes.append((night, price))
            current = price
    return changes
