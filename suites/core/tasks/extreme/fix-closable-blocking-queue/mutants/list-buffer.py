# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading
import time


class Closed(Exception):
    pass


class Full(Exception):
    pass


class Empty(Exception):
    pass


class BoundedQueue:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be a positive integer")
        self._capacity = capacity
        self._items = []
        self._closed = False
        self._cond = threading.Condition()

    def _wait_for(self, ready, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready() and not self._closed:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            self._cond.wait(remaining)
        return True

    def put(self, item, timeout=None):
        with self._cond:
            if not self._wait_for(lambda: len(self._items) < self._capacity, timeout):
                raise Full()
            if self._closed:
                raise Closed()
            self._items.append(item)
            self._cond.notify_all()

    def get(self, timeout=None):
        return self.get_batch(1, timeout)[0]

    def get_batch(self, max_items, timeout=None):
        if max_items < 1:
            raise ValueError("max_items must be at least 1")
        with self._cond:
            if not self._wait_for(lambda: len(self._items) > 0, timeout):
                raise Empty()
            if not self._items:
                raise Closed()
            batch = []
            while self._items and len(batch) < max_items:
                batch.append(self._items.pop(0))
            self._cond.notify_all()
            return batch

    def close(self):
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def __len__(self):
        with self._cond:
            return len(self._items)
