# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
MOD = 10**9 + 7


def count_routes(edges, source, target):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
    memo = {}

    def routes_from(stage):
        if stage == target:
            return 1
        if stage in memo:
            return memo[stage]
        total = 0
        for nxt in graph.get(stage, []):
            total += routes_from(nxt)
        memo[stage] = total % MOD
        return memo[stage]

    return routes_from(source)
