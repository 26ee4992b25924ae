# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading


class SlidingWindowLimiter:
    def __init__(self, limit, window):
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be a positive integer")
        if isinstance(window, bool) or not isinstance(window, (int, float)) or window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self.lock = threading.Lock()
        self.log = {}
        self.last = {}

    def _check(self, key, now):
        if now < self.last.get(key, now):
            raise ValueError("time went backwards")
        self.last[key] = now
        events = [(t, c) for t, c in self.log.get(key, []) if t > now - self.window]
        self.log[key] = events
        return events

    def try_acquire(self, key, now, cost=1):
        if not isinstance(cost, int) or isinstance(cost, bool) or cost < 1:
            raise ValueError("bad cost")
        with self.lock:
            events = self._check(key, now)
            if sum(c for _, c in events) + cost > self.limit:
                return False
            events.append((now, cost))
            return True

    def remaining(self, key, now):
        with self.lock:
            return self.limit - sum(c for _, c in self._check(key, now))

    def retry_after(self, key, now, cost=1):
        if not isinstance(cost, int) or isinstance(cost, bool) or cost < 1 or cost > self.limit:
            raise ValueError("bad cost")
        with self.lock:
            events = self._check(key, now)
            excess = sum(c for _, c in events) + cost - self.limit
            if excess <= 0:
                return 0
            for t, c in events:
                excess -= c
                if excess <= 0:
                    return t + self.window - now
