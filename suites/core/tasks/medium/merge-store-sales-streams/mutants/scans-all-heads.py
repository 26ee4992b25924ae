# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_sales(streams):
    iterators = [iter(s) for s in streams]
    heads = [next(it, None) for it in iterators]
    while True:
        best = None
        for i, head in enumerate(heads):
            if head is not None and (best is None or head[0] < heads[best][0]):
                best = i
        if best is None:
            return
        record = heads[best]
        yield record
        nxt = next(iterators[best], None)
        if nxt is not None and nxt[0] < record[0]:
            raise ValueError("stream goes back in time")
        heads[best] = nxt
