# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
MOD = 10**9 + 7


def count_routes(edges, source, target):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
    visited = set()

    def routes_from(stage):
        if stage == target:
            return 1
        if stage in visited:
            return 0
        visited.add(stage)
        return sum(routes_from(nxt) for nxt in graph.get(stage, ())) % MOD

    return routes_from(source)
