# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_runs(runs, *, key=None, unique=False):
    key = key or (lambda x: x)
    items = []
    for run in runs:
        prev = None
        for item in run:
            k = key(item)
            if prev is not None and k < prev:
                raise ValueError("run is not sorted")
            prev = k
            items.append((k, item))
    items.sort(key=lambda pair: pair[0])  # stable
    last = object()
    for k, item in items:
        if unique and k == last:
            continue
        last = k
        yield item
