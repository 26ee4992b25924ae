# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A size-bounded LRU cache shared by several namespaces, with weighted fair eviction."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any


class WeightedCache:
    """Entries have a size; the total size never exceeds `capacity`.

    When room is needed, the namespace using the most space relative to its weight
    (usage / weight; ties go to the alphabetically first namespace) loses its least
    recently used entry, and this repeats until everything fits. `put` returns the
    evicted (namespace, key) pairs in eviction order (this can include the entry just put).
    """

    def __init__(self, capacity: int, weights: dict[str, int] | None = None) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.weights = dict(weights or {})
        if any(w < 1 for w in self.weights.values()):
            raise ValueError("weights must be positive")
        self._entries: dict[str, OrderedDict[str, tuple[Any, int]]] = {}
        self._usage: dict[str, int] = {}
        self._total = 0

    def get(self, namespace: str, key: str, default: Any = None) -> Any:
        entries = self._entries.get(namespace)
        if entries is None or key not in entries:
            return default
        entries.move_to_end(key)
        return entries[key][0]

    def put(self, namespace: str, key: str, value: Any, size: int) -> list[tuple[str, str]]:
        if not 1 <= size <= self.capacity:
            raise ValueError(f"size must be between 1 and {self.capacity}")
        entries = self._entries.setdefault(namespace, OrderedDict())
        entries[key] = (value, size)
        entries.move_to_end(key)
        self._usage[namespace] = self._usage.get(namespace, 0) + size
        self._total += size
        return self._evict()

    def _evict(self) -> list[tuple[str, str]]:
        evicted = []
        while self._total >= self.capacity:
            victim_ns = min(
                self._usage,
                key=lambda ns: (-self._usage[ns] / self.weights.get(ns, 1), ns),
            )
            entries = self._entries[victim_ns]
            key, (_, size) = entries.popitem(last=False)
            self._usage[victim_ns] -= size
            self._total -= size
            if not entries:
                del self._entries[victim_ns]
                del self._usage[victim_ns]
            evicted.append((victim_ns, key))
        return evicted

    def usage(self, namespace: str | None = None) -> int:
        if namespace is None:
            return self._total
        return self._usage.get(namespace, 0)

    def keys(self, namespace: str) -> list[str]:
        """Keys of a namespace from least to most recently used."""
        return list(self._entries.get(namespace, ()))
