# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""0/1 knapsack over campaign prices, reporting the cheapest way to reach the best total."""

IMPOSSIBLE = -(10**18)


def best_reach(campaigns: list[tuple[str, int, int]], budget: int) -> tuple[int, int]:
    """Return (largest total reach within budget, smallest total price achieving it)."""
    if budget < 0:
        raise ValueError("budget must not be negative")
    for name, price, reach in campaigns:
        if price < 0 or reach < 0:
            raise ValueError(f"campaign {name!r} has a negative price or reach")

    # best[p]: largest reach with a total price of exactly p.
    best = [0] + [IMPOSSIBLE] * budget
    for _, price, reach in campaigns:
        if price > budget:
            continue
        best = best[:price] + [
            with_it if with_it > without else without
            for without, with_it in zip(best[price:], (r + reach for r in best))
        ]
    top = max(best)
    return top, best.index(top)
