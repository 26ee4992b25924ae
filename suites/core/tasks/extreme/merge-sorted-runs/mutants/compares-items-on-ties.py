# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def merge_runs(runs, *, key=None, unique=False):
    key = key or (lambda x: x)
    iterators = [iter(r) for r in runs]
    heap = []
    for i, it in enumerate(iterators):
        for item in it:
            heap.append((key(item), item, i))
            break
    heapq.heapify(heap)
    last = None
    first = True
    while heap:
        k, item, i = heap[0]
        if not unique or first or k != last:
            first = False
            last = k
            yield item
        for nxt in iterators[i]:
            nk = key(nxt)
            if nk < k:
                raise ValueError("run is not sorted")
            heapq.heapreplace(heap, (nk, nxt, i))
            break
        else:
            heapq.heappop(heap)
