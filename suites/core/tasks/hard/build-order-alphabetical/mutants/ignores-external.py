# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def build_order(targets):
    dependents = {}
    pending = {t: 0 for t in targets}
    for target, deps in targets.items():
        for dep in set(deps):
            if dep not in targets:
                continue
            pending[target] += 1
            dependents.setdefault(dep, []).append(target)
    ready = [n for n, c in pending.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for target in dependents.get(name, []):
            pending[target] -= 1
            if pending[target] == 0:
                heapq.heappush(ready, target)
    if len(order) != len(pending):
        raise ValueError("cycle")
    return order
