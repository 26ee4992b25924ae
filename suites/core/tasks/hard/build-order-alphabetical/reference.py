# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Topological order of build targets, with ties broken by name."""
import heapq


def build_order(targets: dict[str, list[str]]) -> list[str]:
    """Return the unique build order that always builds the alphabetically smallest ready target."""
    dependents: dict[str, list[str]] = {}
    pending: dict[str, int] = {}
    for target, deps in targets.items():
        pending.setdefault(target, 0)
        for dep in set(deps):
            pending.setdefault(dep, 0)
            pending[target] += 1
            dependents.setdefault(dep, []).append(target)

    ready = [name for name, count in pending.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for target in dependents.get(name, ()):
            pending[target] -= 1
            if pending[target] == 0:
                heapq.heappush(ready, target)

    if len(order) != len(pending):
        stuck = sorted(name for name, count in pending.items() if count > 0)
        raise ValueError(f"dependency cycle among: {', '.join(stuck)}")
    return order
