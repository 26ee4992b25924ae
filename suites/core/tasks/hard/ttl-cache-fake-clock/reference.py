# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A TTL cache with an injected clock and a heap of expiry times."""
import heapq
from collections.abc import Callable, Hashable


class TTLCache:
    """Cache whose entries expire ttl seconds after they were set or touched."""

    def __init__(self, ttl: float, clock: Callable[[], float]) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[Hashable, tuple[object, float, float]] = {}  # value, expiry, ttl
        self._expiries: list[tuple[float, int, Hashable]] = []
        self._counter = 0  # tie-breaker so keys are never compared

    def _schedule(self, key: Hashable, expiry: float) -> None:
        self._counter += 1
        heapq.heappush(self._expiries, (expiry, self._counter, key))

    def _drop_expired(self) -> int:
        now = self.clock()
        removed = 0
        while self._expiries and self._expiries[0][0] <= now:
            expiry, _, key = heapq.heappop(self._expiries)
            entry = self._entries.get(key)
            if entry is not None and entry[1] == expiry:  # skip stale heap items
                del self._entries[key]
                removed += 1
        return removed

    def set(self, key: Hashable, value: object, ttl: float | None = None) -> None:
        ttl = self.ttl if ttl is None else ttl
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        expiry = self.clock() + ttl
        self._entries[key] = (value, expiry, ttl)
        self._schedule(key, expiry)

    def get(self, key: Hashable, default: object = None) -> object:
        self._drop_expired()
        entry = self._entries.get(key)
        return default if entry is None else entry[0]

    def touch(self, key: Hashable) -> bool:
        self._drop_expired()
        entry = self._entries.get(key)
        if entry is None:
            return False
        value, _, ttl = entry
        expiry = self.clock() + ttl
        self._entries[key] = (value, expiry, ttl)
        self._schedule(key, expiry)
        return True

    def __len__(self) -> int:
        self._drop_expired()
        return len(self._entries)

    def purge(self) -> int:
        return self._drop_expired()
