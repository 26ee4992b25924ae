# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A thread-safe LRU cache whose loads are coalesced per key (single flight)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable


class _Load:
    """One in-flight load that other threads can wait on."""

    __slots__ = ("done", "value", "error")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class LoadingCache:
    """LRU cache that calls `loader` on a miss, at most once at a time per key."""

    def __init__(self, capacity: int, loader: Callable[[Hashable], Any]) -> None:
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be a positive integer")
        self._capacity = capacity
        self._loader = loader
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._loads: dict[Hashable, _Load] = {}
        self._hits = 0
        self._misses = 0
        self._evictions = 0

    def get(self, key: Hashable) -> Any:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                self._hits += 1
                return self._entries[key]
            load = self._loads.get(key)
            owner = load is None
            if owner:
                load = self._loads[key] = _Load()
                self._misses += 1
            else:
                self._hits += 1
        if not owner:
            load.done.wait()
            return load.value
        try:
            value = self._loader(key)
        except BaseException as exc:
            with self._lock:
                del self._loads[key]
            load.error = exc
            load.done.set()
            raise
        with self._lock:
            del self._loads[key]
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)
                self._evictions += 1
        load.value = value
        load.done.set()
        return value

    def peek(self, key: Hashable, default: Any = None) -> Any:
        with self._lock:
            return self._entries.get(key, default)

    def invalidate(self, key: Hashable) -> bool:
        with self._lock:
            return self._entries.pop(key, _MISSING) is not _MISSING

    def keys(self) -> list:
        with self._lock:
            return list(self._entries)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions}

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


_MISSING = object()
