# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def build_order(targets):
    dependents = {}
    pending = {}
    for target, deps in targets.items():
        pending.setdefault(target, 0)
        for dep in set(deps):
            pending.setdefault(dep, 0)
            pending[target] += 1
            dependents.setdefault(dep, []).append(target)
    ready = deque(sorted(n for n, c in pending.items() if c == 0))
    order = []
    while ready:
        name = ready.popleft()
        order.append(name)
        for target in sorted(dependents.get(name, [])):
            pending[target] -= 1
            if pending[target] == 0:
                ready.append(target)
    if len(order) != len(pending):
        raise ValueError("cycle")
    return order
