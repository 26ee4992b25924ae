# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Tumbling event-time windows with a watermark, emitted as soon as they close."""
from __future__ import annotations

import heapq
import math
from typing import Iterable, Iterator

Event = tuple[float, str, float]
Result = tuple[float, str, int, float, float, float]


def window_stats(events: Iterable[Event], size: float, *, allowed_lateness: float = 0) -> Iterator[Result]:
    """Yield (window_start, key, count, total, minimum, maximum) for every window once it closes."""
    if not size > 0:
        raise ValueError("size must be positive")
    if not allowed_lateness >= 0:
        raise ValueError("allowed_lateness must not be negative")
    return _windows(iter(events), size, allowed_lateness)


def _windows(events: Iterator[Event], size: float, lateness: float) -> Iterator[Result]:
    open_windows: dict[int, dict[str, list]] = {}   # window index -> key -> [count, total, min, max]
    pending: list[int] = []                          # heap of open window indexes
    newest = -math.inf

    def emit(index: int) -> Iterator[Result]:
        per_key = open_windows.pop(index)
        for key in sorted(per_key):
            count, total, low, high = per_key[key]
            yield (index * size, key, count, total, low, high)

    for timestamp, key, value in events:
        if timestamp != timestamp:
            raise ValueError("NaN timestamp")
        index = math.floor(timestamp / size)
        if (index + 1) * size <= newest:
            continue  # its window has already been emitted
        per_key = open_windows.get(index)
        if per_key is None:
            per_key = open_windows[index] = {}
            heapq.heappush(pending, index)
        stats = per_key.get(key)
        if stats is None:
            per_key[key] = [1, value, value, value]
        else:
            stats[0] += 1
            stats[1] += value
            stats[2] = min(stats[2], value)
            stats[3] = max(stats[3], value)
        newest = max(newest, timestamp)
        watermark = newest - lateness
        while pending and (pending[0] + 1) * size <= watermark:
            yield from emit(heapq.heappop(pending))
    while pending:
        yield from emit(heapq.heappop(pending))
