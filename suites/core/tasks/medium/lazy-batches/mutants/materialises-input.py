# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def batches(iterable, size, *, strict=False):
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError("size must be a positive integer")
    items = list(iterable)
    if strict and len(items) % size:
        raise ValueError("input length is not a multiple of size")
    return iter([items[i:i + size] for i in range(0, len(items), size)])
