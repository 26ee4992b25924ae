# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import islice


def batches(iterable, size, *, strict=False):
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError("size must be a positive integer")
    return _gen(iter(iterable), size, strict)


def _gen(it, size, strict):
    while batch := list(islice(it, size)):
        if strict and len(batch) < size:
            return
        yield batch
