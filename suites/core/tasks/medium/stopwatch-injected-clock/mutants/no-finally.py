# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import time


class Measurement:
    def __init__(self, label):
        self.label = label
        self.elapsed = None


class _Block:
    def __init__(self, watch, label):
        self.watch = watch
        self.m = Measurement(label)

    def __enter__(self):
        w = self.watch
        self.outer = w._depth.get(self.m.label, 0) == 0
        w._depth[self.m.label] = w._depth.get(self.m.label, 0) + 1
        self.start = w._clock()
        return self.m

    def __exit__(self, exc_type, exc, tb):
        w = self.watch
        w._depth[self.m.label] -= 1
        if exc_type is not None:
            row = w._stats.setdefault(self.m.label, [0, 0, 0.0])
            row[0] += 1
            row[1] += 1
            return False
        self.m.elapsed = w._clock() - self.start
        row = w._stats.setdefault(self.m.label, [0, 0, 0.0])
        row[0] += 1
        if self.outer:
            row[2] += self.m.elapsed
        return False


class Stopwatch:
    def __init__(self, clock=time.perf_counter):
        self._clock = clock
        self._stats = {}
        self._depth = {}

    def measure(self, label):
        if not label:
            raise ValueError("empty label")
        return _Block(self, label)

    def report(self):
        rows = [(k, v[0], v[1], v[2]) for k, v in self._stats.items()]
        rows.sort(key=lambda r: (-r[3], r[0]))
        return rows
