# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rate_profile(rules: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Highest applicable price at every boundary night, as change points."""
    for start, end, price in rules:
        if start >= end:
            raise ValueError(f"rule {start}-{end} is empty")
        if price < 0:
            raise ValueError(f"rule {start}-{end} has negative price {price}")
    boundaries = sorted({night for start, end, _ in rules for night in (start, end)})
    changes = []
    current = 0
    for night in boundaries:
        price = max((p for s, e, p in rules if s <= night < e), default=0)
        if price != current:
            changes.append((night, price))
            current = price
    return changes
