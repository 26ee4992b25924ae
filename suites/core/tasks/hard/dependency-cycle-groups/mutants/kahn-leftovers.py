# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def cycle_groups(deps):
    graph = {}
    for p, imps in deps.items():
        graph.setdefault(p, []).extend(imps)
        for i in imps:
            graph.setdefault(i, [])
    indeg = {p: 0 for p in graph}
    for p in graph:
        for q in graph[p]:
            indeg[q] += 1
    queue = deque(p for p in graph if indeg[p] == 0)
    while queue:
        p = queue.popleft()
        for q in graph[p]:
            indeg[q] -= 1
            if indeg[q] == 0:
                queue.append(q)
    left = {p for p in graph if indeg[p] > 0}
    # split leftovers into weakly connected pieces
    undirected = {p: set() for p in left}
    for p in left:
        for q in graph[p]:
            if q in left:
                undirected[p].add(q)
                undirected[q].add(p)
    groups, seen = [], set()
    for p in sorted(left):
        if p in seen:
            continue
        comp, stack = [], [p]
        seen.add(p)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in undirected[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        groups.append(sorted(comp))
    return groups
