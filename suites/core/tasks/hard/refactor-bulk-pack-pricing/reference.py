# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Cheapest way to buy an exact number of units from packs of fixed sizes."""


def cheapest_packing(units: int, packs: dict[int, int]) -> tuple[int, int] | None:
    """Return (lowest total price, fewest packs at that price) for exactly ``units`` units.

    ``packs`` maps a pack size to its price; any pack can be bought any number of times.
    Returns None if ``units`` cannot be made up exactly. Raises ValueError for negative
    units, non-positive pack sizes or negative prices.
    """
    if units < 0:
        raise ValueError("units")
    if any(size <= 0 or price < 0 for size, price in packs.items()):
        raise ValueError("packs")

    # best[amount] = (price, pack count) of the best way to buy exactly `amount` units
    best: list[tuple[int, int] | None] = [None] * (units + 1)
    best[0] = (0, 0)
    for amount in range(1, units + 1):
        options = [
            (best[amount - size][0] + price, best[amount - size][1] + 1)
            for size, price in packs.items()
            if size <= amount and best[amount - size] is not None
        ]
        best[amount] = min(options, default=None)
    return best[units]
