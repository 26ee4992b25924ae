# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def batches(iterable, size, *, strict=False):
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError("size must be a positive integer")
    return _gen(iterable, size, strict)


def _gen(iterable, size, strict):
    buffer = []
    for item in iterable:
        buffer.append(item)
        if len(buffer) == size:
            yield buffer
            buffer.clear()
    if buffer:
        if strict:
            raise ValueError("short last batch")
        yield buffer
