# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def build_order(targets):
    graph = {}
    for t, ds in targets.items():
        graph.setdefault(t, set()).update(ds)
        for d in ds:
            graph.setdefault(d, set())
    state = {}
    order = []
    for root in sorted(graph):
        if root in state:
            continue
        stack = [(root, iter(sorted(graph[root])))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            for dep in it:
                if state.get(dep) == 1:
                    raise ValueError("cycle")
                if dep not in state:
                    state[dep] = 1
                    stack.append((dep, iter(sorted(graph[dep]))))
                    break
            else:
                stack.pop()
                state[node] = 2
                order.append(node)
    return order
