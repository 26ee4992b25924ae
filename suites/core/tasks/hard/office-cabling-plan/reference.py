# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Minimum-cost cabling plan (Kruskal's algorithm with union-find)."""


def plan_cabling(offices: list[str], quotes: list[tuple[str, str, int]]) -> tuple[int, list[int]]:
    """Return the lowest total price and the sorted indices of the quotes that achieve it."""
    position = {office: i for i, office in enumerate(offices)}
    for a, b, _ in quotes:
        if a not in position or b not in position:
            raise ValueError(f"quote names an unknown office: {a!r} - {b!r}")

    parent = list(range(len(position)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    chosen: list[int] = []
    needed = len(position) - 1
    for i in sorted(range(len(quotes)), key=lambda i: quotes[i][2]):
        if len(chosen) >= needed:
            break
        a, b, price = quotes[i]
        ra, rb = find(position[a]), find(position[b])
        if ra != rb:
            parent[ra] = rb
            total += price
            chosen.append(i)

    if len(chosen) < needed:
        raise ValueError("the quotes cannot connect every office")
    chosen.sort()
    return total, chosen
