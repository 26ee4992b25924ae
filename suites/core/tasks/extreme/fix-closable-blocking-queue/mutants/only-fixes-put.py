# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A closable, bounded FIFO queue for producer/consumer threads."""
from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any


class Closed(Exception):
    """The queue was closed."""


class Full(Exception):
    """put() timed out on a full queue."""


class Empty(Exception):
    """get() timed out on an empty queue."""


class BoundedQueue:
    def __init__(self, capacity: int) -> None:
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be a positive integer")
        self._capacity = capacity
        self._items: deque[Any] = deque()
        self._closed = False
        self._lock = threading.Lock()
        self._not_empty = threading.Condition(self._lock)
        self._not_full = threading.Condition(self._lock)

    def _wait(self, condition: threading.Condition, ready, timeout: float | None) -> bool:
        """Wait (lock held) until ready() or closed; False if the timeout ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready() and not self._closed:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            condition.wait(remaining)
        return True

    def put(self, item: Any, timeout: float | None = None) -> None:
        """Add an item, waiting while the queue is full. Raises Full on timeout, Closed if closed."""
        with self._lock:
            if not self._wait(self._not_full, lambda: len(self._items) < self._capacity, timeout):
                raise Full()
            if self._closed:
                raise Closed()
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout: float | None = None) -> Any:
        """Remove the oldest item, waiting while empty. Raises Empty on timeout, Closed once drained."""
        return self.get_batch(1, timeout)[0]

    def get_batch(self, max_items: int, timeout: float | None = None) -> list[Any]:
        """Wait for at least one item, then remove and return up to max_items of them."""
        if max_items < 1:
            raise ValueError("max_items must be at least 1")
        with self._lock:
            if not self._wait(self._not_empty, lambda: bool(self._items), timeout):
                raise Empty()
            if not self._items:
                raise Closed()
            batch = [self._items.popleft() for _ in range(min(max_items, len(self._items)))]
            self._not_full.notify(len(batch))
            return batch

    def close(self) -> None:
        """Refuse new items and wake every waiter; items already queued can still be taken."""
        with self._lock:
            self._closed = True
            self._not_full.notify_all()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
