# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""An LRU cache bounded by the total byte size of its entries."""
from collections import OrderedDict
from collections.abc import Hashable


class SizedLRUCache:
    """Least-recently-used cache whose capacity is a byte budget."""

    def __init__(self, max_bytes: int) -> None:
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._total = 0
        self._hits = self._misses = self._evictions = 0

    def put(self, key: Hashable, value: object, size: int) -> None:
        """Store value as the most recent entry, then evict old entries until it fits."""
        if size <= 0 or size > self.max_bytes:
            raise ValueError(f"entry size must be between 1 and {self.max_bytes}, got {size}")
        if key in self._entries:
            self._total -= self._entries.pop(key)[1]
        self._entries[key] = (value, size)
        self._total += size
        while self._total > self.max_bytes:
            _, (_, old_size) = self._entries.popitem(last=False)
            self._total -= old_size
            self._evictions += 1

    def get(self, key: Hashable, default: object = None) -> object:
        """Return the cached value (refreshing its recency) or default."""
        entry = self._entries.get(key)
        if entry is None:
            self._misses += 1
            return default
        self._hits += 1
        self._entries.move_to_end(key)
        return entry[0]

    def peek(self, key: Hashable, default: object = None) -> object:
        """Return the cached value without touching recency or statistics."""
        entry = self._entries.get(key)
        return default if entry is None else entry[0]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def total_bytes(self) -> int:
        return self._total

    def stats(self) -> dict[str, int]:
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions}
