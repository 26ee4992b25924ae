# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class TimerLoop:
    def __init__(self, start=0):
        self._now = start
        self._timers = []  # [due, seq, handle, callback, args, interval]
        self._seq = 0
        self._next_handle = 1
        self._running = None

    @property
    def now(self):
        return self._now

    def _add(self, due, callback, args, interval, handle=None):
        if handle is None:
            handle = self._next_handle
            self._next_handle += 1
        self._seq += 1
        self._timers.append([due, self._seq, handle, callback, args, interval])
        return handle

    def call_at(self, when, callback, *args):
        if when < self._now:
            raise ValueError("in the past")
        return self._add(when, callback, args, None)

    def call_later(self, delay, callback, *args):
        if delay < 0:
            raise ValueError("negative delay")
        return self._add(self._now + delay, callback, args, None)

    def call_every(self, interval, callback, *args):
        if interval <= 0:
            raise ValueError("interval must be positive")
        return self._add(self._now + interval, callback, args, interval)

    def cancel(self, handle):
        if handle == self._running:
            self._running = None
            return True
        for i, t in enumerate(self._timers):
            if t[2] == handle:
                del self._timers[i]
                return True
        return False

    def pending(self):
        return len(self._timers)

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("negative advance")
        target = self._now + seconds
        ran = 0
        while self._timers:
            t = min(self._timers, key=lambda t: (t[0], t[1]))
            if t[0] > target:
                break
            self._timers.remove(t)
            self._now = t[0]
            self._running = t[2] if t[5] is not None else None
            try:
                t[3](*t[4])
            except BaseException:
                self._running = None
                raise
            ran += 1
            if t[5] is not None and self._running == t[2]:
                self._add(t[0] + t[5], t[3], t[4], t[5], handle=t[2])
            self._running = None
        self._now = target
        return ran
