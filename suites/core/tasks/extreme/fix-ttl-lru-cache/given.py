# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from __future__ import annotations

import heapq
import threading
import time
from collections import OrderedDict
from itertools import count
from typing import Any, Callable, Hashable

_MISSING = object()


class TTLCache:
    def __init__(self, capacity: int, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[Any, float, int]] = OrderedDict()  # LRU order
        self._deadlines: list[tuple[float, int, Hashable]] = []  # heap; may hold stale entries
        self._versions = count()

    def _purge(self, now: float) -> int:
        """Drop every entry whose deadline has passed (lock held)."""
        removed = 0
        while self._deadlines and self._deadlines[0][0] < now:
            _, version, key = heapq.heappop(self._deadlines)
            entry = self._entries.get(key)
            if entry is not None and entry[2] == version:
                del self._entries[key]
                removed += 1
        return removed

    def get(self, key: Hashable, default: Any = None) -> Any:
        with self._lock:
            self._purge(self._clock())
            entry = self._entries.get(key)
            if entry is None:
                return default
            self._entries.move_to_end(key)
            return entry[0]

    def set(self, key: Hashable, value: Any) -> None:
        with self._lock:
            now = self._clock()
            self._purge(now)
            version = next(self._versions)
            deadline = now + self._ttl
            self._entries[key] = (value, deadline, version)
            self._entries.move_to_end(key)
            heapq.heappush(self._deadlines, (deadline, version, key))
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)

    def delete(self, key: Hashable) -> bool:
        with self._lock:
            self._purge(self._clock())
            return self._entries.pop(key, _MISSING) is not _MISSING

    def purge_expired(self) -> int:
        with self._lock:
            return self._purge(self._clock())

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
