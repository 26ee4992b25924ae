# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Per-group top-k selection over a single-pass stream, in O(k × groups) memory."""
from __future__ import annotations

import heapq
from itertools import count
from typing import Any, Callable, Hashable, Iterable, TypeVar

T = TypeVar("T")


def top_k_per_group(
    records: Iterable[T],
    k: int,
    group: Callable[[T], Hashable],
    score: Callable[[T], float],
) -> dict[Hashable, list[T]]:
    """Return each group's k highest-scoring records, best first; ties keep input order."""
    if k <= 0:
        return {}
    # Min-heaps of (score, -position, position, record): the root is the weakest kept record, and on
    # equal scores the later record is the weaker one. `position` is unique, so records never compare.
    heaps: dict[Hashable, list[tuple[Any, int, int, T]]] = {}
    for position, record in zip(count(), records):
        heap = heaps.setdefault(group(record), [])
        entry = (score(record), -position, position, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    return {
        name: [entry[3] for entry in sorted(heap, key=lambda e: (e[0], e[1]), reverse=True)]
        for name, heap in heaps.items()
    }
