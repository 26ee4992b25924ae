# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A timer scheduler with a virtual clock, for deterministic tests."""
from __future__ import annotations

import heapq
from itertools import count
from typing import Any, Callable


class TimerLoop:
    """Runs scheduled callbacks when the virtual clock is advanced."""

    def __init__(self, start: float = 0) -> None:
        self._now = start
        self._heap: list[tuple[float, int, int]] = []   # (due, sequence, handle)
        self._timers: dict[int, tuple[Callable[..., Any], tuple, float | None]] = {}
        self._sequence = count()
        self._handles = count(1)

    @property
    def now(self) -> float:
        return self._now

    def _push(self, handle: int, due: float) -> None:
        heapq.heappush(self._heap, (due, next(self._sequence), handle))

    def call_at(self, when: float, callback: Callable[..., Any], *args: Any) -> int:
        if when < self._now:
            raise ValueError("cannot schedule in the past")
        handle = next(self._handles)
        self._timers[handle] = (callback, args, None)
        self._push(handle, when)
        return handle

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any) -> int:
        if delay < 0:
            raise ValueError("delay must not be negative")
        return self.call_at(self._now + delay, callback, *args)

    def call_every(self, interval: float, callback: Callable[..., Any], *args: Any) -> int:
        if not interval > 0:
            raise ValueError("interval must be positive")
        handle = next(self._handles)
        self._timers[handle] = (callback, args, interval)
        self._push(handle, self._now + interval)
        return handle

    def cancel(self, handle: int) -> bool:
        # The heap entry stays behind and is skipped when it comes up.
        return self._timers.pop(handle, None) is not None

    def pending(self) -> int:
        return len(self._timers)

    def advance(self, seconds: float) -> int:
        if seconds < 0:
            raise ValueError("cannot go back in time")
        target = self._now + seconds
        ran = 0
        while self._heap and self._heap[0][0] <= target:
            due, _, handle = heapq.heappop(self._heap)
            timer = self._timers.get(handle)
            if timer is None:
                continue  # cancelled
            callback, args, interval = timer
            self._now = due
            if interval is None:
                del self._timers[handle]
            try:
                callback(*args)
            except BaseException:
                self._timers.pop(handle, None)
                raise
            ran += 1
            if interval is not None and handle in self._timers:
                self._push(handle, due + interval)
        self._now = target
        return ran
