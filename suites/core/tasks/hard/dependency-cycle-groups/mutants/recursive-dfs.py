# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cycle_groups(deps):
    graph = {}
    for p, imps in deps.items():
        graph.setdefault(p, []).extend(imps)
        for i in imps:
            graph.setdefault(i, [])
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for child in graph[node]:
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            members = []
            while True:
                x = stack.pop()
                on_stack.discard(x)
                members.append(x)
                if x == node:
                    break
            if len(members) > 1 or node in graph[node]:
                groups.append(sorted(members))

    for p in graph:
        if p not in index:
            visit(p)
    return sorted(groups)
