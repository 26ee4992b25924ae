# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def build_order(targets):
    deps = {}
    for t, ds in targets.items():
        deps.setdefault(t, set()).update(ds)
        for d in ds:
            deps.setdefault(d, set())
    built = set()
    order = []
    remaining = set(deps)
    while remaining:
        ready = [t for t in remaining if deps[t] <= built]
        if not ready:
            raise ValueError("cycle")
        nxt = min(ready)
        order.append(nxt)
        built.add(nxt)
        remaining.remove(nxt)
    return order
