# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from itertools import count


def top_k_per_group(records, k, group, score):
    if not isinstance(k, int) or isinstance(k, bool) or k < 0:
        raise ValueError("k must be a non-negative integer")
    if k == 0:
        return {}
    heaps = {}
    for i, record in zip(count(), records):
        heap = heaps.setdefault(group(record), [])
        item = (score(record), i, record)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item[0] >= heap[0][0]:
            heapq.heapreplace(heap, item)
    return {g: [r for _, _, r in sorted(h, key=lambda e: (-e[0], e[1]))] for g, h in heaps.items()}
