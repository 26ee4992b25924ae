# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Stable, lazy k-way merge of sorted iterables with optional de-duplication by key."""
from __future__ import annotations

import heapq
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
_END = object()


def merge_runs(
    runs: Iterable[Iterable[T]], *, key: Callable[[T], Any] | None = None, unique: bool = False
) -> Iterator[T]:
    """Merge sorted runs into one sorted stream, reading each run one item at a time."""
    keyfunc = key if key is not None else _identity
    # Heap entries are (key, run index, item): the run index breaks ties (stability) and is unique
    # among the entries, so items themselves are never compared.
    iterators = [iter(run) for run in runs]
    heap = []
    for index, iterator in enumerate(iterators):
        item = next(iterator, _END)
        if item is not _END:
            heap.append((keyfunc(item), index, item))
    heapq.heapify(heap)

    last_key: Any = _END
    while heap:
        item_key, index, item = heap[0]
        if not unique or last_key is _END or item_key != last_key:
            last_key = item_key
            yield item
        following = next(iterators[index], _END)
        if following is _END:
            heapq.heappop(heap)
            continue
        following_key = keyfunc(following)
        if following_key < item_key:
            raise ValueError(f"run {index} is not sorted")
        heapq.heapreplace(heap, (following_key, index, following))


def _identity(item: T) -> T:
    return item
