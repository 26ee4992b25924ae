# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Largest peak-to-trough drawdown of a value series, in one pass plus a recovery scan."""


def worst_drawdown(values: list[int]) -> tuple[int, int, int, int | None] | None:
    """Return (size, peak, trough, recovery) of the worst drawdown, or None if there is none."""
    if any(v < 0 for v in values):
        raise ValueError("portfolio values cannot be negative")

    best: tuple[int, int, int] | None = None  # (size, peak, trough)
    peak = 0
    for day in range(1, len(values)):
        if values[day] > values[peak]:
            peak = day  # strictly higher only: ties keep the earliest peak
            continue
        size = values[peak] - values[day]
        if size > 0 and (best is None or size > best[0]):
            best = (size, peak, day)

    if best is None:
        return None
    size, peak, trough = best
    recovery = next((day for day in range(trough + 1, len(values)) if values[day] >= values[peak]), None)
    return size, peak, trough, recovery
