# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A size-bounded LRU cache shared by several namespaces, with weighted fair eviction."""
from __future__ import annotations

import itertools
from typing import Any


class WeightedCache:
    def __init__(self, capacity: int, weights: dict[str, int] | None = None) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.weights = dict(weights or {})
        if any(w < 1 for w in self.weights.values()):
            raise ValueError("weights must be positive")
        self._data: dict[tuple[str, str], list] = {}   # (ns, key) -> [value, size, last_used]
        self._clock = itertools.count()

    def get(self, namespace: str, key: str, default: Any = None) -> Any:
        item = self._data.get((namespace, key))
        if item is None:
            return default
        item[2] = next(self._clock)
        return item[0]

    def put(self, namespace: str, key: str, value: Any, size: int) -> list[tuple[str, str]]:
        if not 1 <= size <= self.capacity:
            raise ValueError(f"size must be between 1 and {self.capacity}")
        self._data[(namespace, key)] = [value, size, next(self._clock)]
        evicted = []
        while self.usage() > self.capacity:
            usage: dict[str, int] = {}
            for (ns, _), item in self._data.items():
                usage[ns] = usage.get(ns, 0) + item[1]
            victim_ns = min(usage, key=lambda ns: (-usage[ns] / self.weights.get(ns, 1), ns))
            victim = min((k for k in self._data if k[0] == victim_ns), key=lambda k: self._data[k][2])
            del self._data[victim]
            evicted.append(victim)
        return evicted

    def usage(self, namespace: str | None = None) -> int:
        return sum(item[1] for (ns, _), item in self._data.items() if namespace is None or ns == namespace)

    def keys(self, namespace: str) -> list[str]:
        """Keys of a namespace from least to most recently used."""
        mine = [(item[2], key) for (ns, key), item in self._data.items() if ns == namespace]
        return [key for _, key in sorted(mine)]
