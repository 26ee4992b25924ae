# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def batches(iterable, size, *, strict=False):
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError("size must be a positive integer")
    return _gen(iter(iterable), size, strict)


def _gen(it, size, strict):
    sentinel = object()
    nxt = next(it, sentinel)
    while nxt is not sentinel:
        batch = []
        while nxt is not sentinel and len(batch) < size:
            batch.append(nxt)
            nxt = next(it, sentinel)
        if strict and len(batch) < size:
            raise ValueError("short last batch")
        yield batch
