# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cycle_groups(deps):
    graph = {}
    for p, imps in deps.items():
        graph.setdefault(p, []).extend(imps)
        for i in imps:
            graph.setdefault(i, [])

    def reach(start):
        seen = set()
        stack = list(graph[start])
        while stack:
            n = stack.pop()
            if n not in seen:
                seen.add(n)
                stack.extend(graph[n])
        return seen

    reachable = {p: reach(p) for p in graph}
    done = set()
    groups = []
    for p in sorted(graph):
        if p in done or p not in reachable[p]:
            continue
        group = sorted(q for q in reachable[p] if p in reachable[q])
        done.update(group)
        groups.append(group)
    return groups
