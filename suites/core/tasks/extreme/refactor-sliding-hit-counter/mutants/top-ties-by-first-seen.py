# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Thread-safe per-key hit counts over a sliding time window."""
from __future__ import annotations

import threading
from collections import deque


class _Window:
    """Hits of one key, grouped by timestamp, oldest first."""

    __slots__ = ("buckets", "total")

    def __init__(self) -> None:
        self.buckets: deque[list] = deque()  # [timestamp, hits]
        self.total = 0

    def expire(self, horizon: float) -> None:
        """Forget every bucket at or before `horizon`."""
        while self.buckets and self.buckets[0][0] <= horizon:
            self.total -= self.buckets.popleft()[1]


class HitCounter:
    """Counts hits per key in the window (ts - window, ts]."""

    def __init__(self, window: float) -> None:
        if window <= 0:
            raise ValueError("bad window")
        self._window = window
        self._lock = threading.Lock()
        self._keys: dict = {}

    def hit(self, key, ts: float) -> None:
        with self._lock:
            win = self._keys.setdefault(key, _Window())
            if win.buckets and ts < win.buckets[-1][0]:
                raise ValueError(f"out of order hit for {key}")
            if win.buckets and win.buckets[-1][0] == ts:
                win.buckets[-1][1] += 1
            else:
                win.buckets.append([ts, 1])
            win.total += 1
            win.expire(ts - self._window)

    def count(self, key, ts: float) -> int:
        with self._lock:
            win = self._keys.get(key)
            if win is None:
                return 0
            win.expire(ts - self._window)
            return win.total

    def top(self, n: int, ts: float) -> list[tuple]:
        """The n keys with most hits (ties by key), skipping keys without hits in the window."""
        with self._lock:
            horizon = ts - self._window
            for win in self._keys.values():
                win.expire(horizon)
            active = [(key, win.total) for key, win in self._keys.items() if win.total > 0]
        active.sort(key=lambda pair: -pair[1])
        return active[:max(n, 0)]
