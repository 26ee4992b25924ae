# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cluster_timeline(devices, links):
    index = {d: i for i, d in enumerate(devices)}
    parent = list(range(len(devices)))
    size = [1] * len(devices)
    clusters = len(devices)
    largest = 1 if devices else 0

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out = []
    for a, b in links:
        if a not in index or b not in index:
            raise ValueError("unknown device")
        if a != b:
            ra, rb = root(index[a]), root(index[b])
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            clusters -= 1
            largest = max(largest, size[ra])
        out.append((largest, clusters))
    return out
