# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Rolling median over a stream, keeping the window in a sorted list."""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import deque
from typing import Iterable, Iterator


def sliding_median(values: Iterable[float], window: int, *, partial: bool = False) -> Iterator[float]:
    """Yield the median of the last `window` values (of all values so far while warming up if partial)."""
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise ValueError("window must be a positive integer")
    return _medians(iter(values), window, partial)


def _medians(values: Iterator[float], window: int, partial: bool) -> Iterator[float]:
    recent: deque[float] = deque()
    ordered: list[float] = []
    for value in values:
        if value != value:
            raise ValueError("NaN in input")
        recent.append(value)
        insort(ordered, value)
        if len(recent) > window:
            del ordered[bisect_left(ordered, recent.popleft())]
        size = len(ordered)
        if size == window or partial:
            mid = size // 2
            yield ordered[mid] if size % 2 else (ordered[mid - 1] + ordered[mid]) / 2
