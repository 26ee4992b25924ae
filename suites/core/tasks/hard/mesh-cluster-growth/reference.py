# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Incremental connectivity with a disjoint-set forest (union by size, path halving)."""


def cluster_timeline(devices: list[str], links: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """After each link, report (largest cluster size, number of clusters)."""
    index = {name: i for i, name in enumerate(devices)}
    parent = list(range(len(devices)))
    size = [1] * len(devices)
    clusters = len(devices)
    largest = 1 if devices else 0

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    timeline: list[tuple[int, int]] = []
    for a, b in links:
        if a not in index or b not in index:
            raise ValueError(f"link ({a!r}, {b!r}) names an unknown device")
        ra, rb = root(index[a]), root(index[b])
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            clusters -= 1
            largest = max(largest, size[ra])
        timeline.append((largest, clusters))
    return timeline
