# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading


class HitCounter:
    """Keeps every hit time per key and filters on demand."""

    def __init__(self, window):
        if window <= 0:
            raise ValueError("bad window")
        self.window = window
        self.lock = threading.Lock()
        self.hits = {}

    def _recent(self, key, ts):
        times = [t for t in self.hits.get(key, []) if t > ts - self.window]
        if key in self.hits:
            self.hits[key] = times
        return times

    def hit(self, key, ts):
        with self.lock:
            times = self.hits.setdefault(key, [])
            if times and ts < times[-1]:
                raise ValueError(f"out of order hit for {key}")
            times.append(ts)
            self._recent(key, ts)

    def count(self, key, ts):
        with self.lock:
            return len(self._recent(key, ts))

    def top(self, n, ts):
        with self.lock:
            counts = [(k, len(self._recent(k, ts))) for k in list(self.hits)]
        counts = [pair for pair in counts if pair[1] > 0]
        counts.sort(key=lambda pair: (-pair[1], pair[0]))
        return counts[:max(n, 0)]
