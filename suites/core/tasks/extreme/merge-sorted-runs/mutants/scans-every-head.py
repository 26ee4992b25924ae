# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
_END = object()


def merge_runs(runs, *, key=None, unique=False):
    key = key or (lambda x: x)
    iterators = [iter(r) for r in runs]
    heads = []
    for it in iterators:
        item = next(it, _END)
        heads.append(_END if item is _END else (key(item), item))
    last = _END
    while True:
        best = None
        for i, head in enumerate(heads):
            if head is not _END and (best is None or head[0] < heads[best][0]):
                best = i
        if best is None:
            return
        k, item = heads[best]
        if not unique or last is _END or k != last:
            last = k
            yield item
        nxt = next(iterators[best], _END)
        if nxt is _END:
            heads[best] = _END
        else:
            nk = key(nxt)
            if nk < k:
                raise ValueError("run is not sorted")
            heads[best] = (nk, nxt)
