# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A per-key sliding-window rate limiter, safe to share between threads."""
from __future__ import annotations

import threading
from collections import deque


class _Window:
    __slots__ = ("events", "used", "last_now")

    def __init__(self) -> None:
        self.events: deque[tuple[float, int]] = deque()
        self.used = 0
        self.last_now = float("-inf")


class SlidingWindowLimiter:
    """Accepts at most `limit` cost per key in any half-open window (now - window, now]."""

    def __init__(self, limit: int, window: float) -> None:
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be a positive integer")
        if isinstance(window, bool) or not isinstance(window, (int, float)) or not window > 0:
            raise ValueError("window must be a positive number")
        self._limit = limit
        self._window = window
        self._lock = threading.Lock()
        self._keys: dict[str, _Window] = {}

    @staticmethod
    def _check_cost(cost: int) -> None:
        if not isinstance(cost, int) or isinstance(cost, bool) or cost < 1:
            raise ValueError("cost must be a positive integer")

    def _advance(self, key: str, now: float) -> _Window:
        """Return the key's window with every event that expired by `now` dropped (lock held)."""
        win = self._keys.get(key)
        if win is None:
            win = self._keys[key] = _Window()
        if now < win.last_now:
            raise ValueError("time went backwards")
        win.last_now = now
        horizon = now - self._window
        events = win.events
        while events and events[0][0] <= horizon:
            win.used -= events.popleft()[1]
        return win

    def try_acquire(self, key: str, now: float, cost: int = 1) -> bool:
        self._check_cost(cost)
        with self._lock:
            win = self._advance(key, now)
            allowed = win.used + cost <= self._limit
            win.events.append((now, cost))
            win.used += cost
            return allowed

    def remaining(self, key: str, now: float) -> int:
        with self._lock:
            return self._limit - self._advance(key, now).used

    def retry_after(self, key: str, now: float, cost: int = 1) -> float:
        self._check_cost(cost)
        if cost > self._limit:
            raise ValueError("cost exceeds the limit")
        with self._lock:
            win = self._advance(key, now)
            excess = win.used + cost - self._limit
            if excess <= 0:
                return 0
            for t, c in win.events:
                excess -= c
                if excess <= 0:
                    return t + self._window - now
        raise AssertionError("unreachable: cost <= limit")
