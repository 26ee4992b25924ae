# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A priority queue whose waiting items gain priority over time, so nothing starves."""
from __future__ import annotations

import heapq
from itertools import count
from typing import Any


class AgingQueue:
    """Pop the item with the highest effective priority.

    effective priority = priority + aging_rate × (now − time the item was pushed)
    Equal effective priorities are served first-in, first-out.
    """

    def __init__(self, aging_rate: float) -> None:
        if aging_rate < 0:
            raise ValueError("aging_rate must not be negative")
        self._rate = aging_rate
        self._heap: list[tuple[float, int, Any]] = []
        self._order = count()
        self._now = float("-inf")

    def _tick(self, now: float) -> None:
        if now < self._now:
            raise ValueError("time must not go backwards")
        self._now = now

    def push(self, item: Any, priority: float, now: float) -> None:
        self._tick(now)
        # Every waiting item ages at the same rate, so ranking by priority − rate × pushed_at is the same
        # at every moment as ranking by the effective priority: the heap never needs re-ordering.
        heapq.heappush(self._heap, (-(priority - self._rate * now), -next(self._order), item))

    def peek(self, now: float) -> Any:
        self._tick(now)
        if not self._heap:
            raise IndexError("peek from an empty queue")
        return self._heap[0][2]

    def pop(self, now: float) -> Any:
        self._tick(now)
        if not self._heap:
            raise IndexError("pop from an empty queue")
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)
