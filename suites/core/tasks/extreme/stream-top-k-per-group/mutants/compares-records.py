# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def top_k_per_group(records, k, group, score):
    if not isinstance(k, int) or isinstance(k, bool) or k < 0:
        raise ValueError("k must be a non-negative integer")
    if k == 0:
        return {}
    heaps = {}
    for record in records:
        heap = heaps.setdefault(group(record), [])
        s = score(record)
        if len(heap) < k:
            heapq.heappush(heap, (s, record))
        elif s > heap[0][0]:
            heapq.heapreplace(heap, (s, record))
    return {g: [r for _, r in sorted(h, key=lambda e: e[0], reverse=True)] for g, h in heaps.items()}
