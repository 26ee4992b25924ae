# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def merge_sales(streams):
    iterators = [iter(s) for s in streams]
    heap = []
    for index, it in enumerate(iterators):
        first = next(it, None)
        if first is not None:
            heapq.heappush(heap, (first[0], first[1], index, first))
    while heap:
        stamp, _, index, record = heapq.heappop(heap)
        yield record
        nxt = next(iterators[index], None)
        if nxt is not None:
            if nxt[0] < stamp:
                raise ValueError("stream goes back in time")
            heapq.heappush(heap, (nxt[0], nxt[1], index, nxt))
