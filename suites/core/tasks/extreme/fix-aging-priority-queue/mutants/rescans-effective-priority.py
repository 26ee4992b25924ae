# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class AgingQueue:
    def __init__(self, aging_rate):
        if aging_rate < 0:
            raise ValueError("aging_rate must not be negative")
        self.rate = aging_rate
        self.items = []  # (pushed_at, seq, priority, item)
        self.seq = 0
        self.last = float("-inf")

    def _tick(self, now):
        if now < self.last:
            raise ValueError("time must not go backwards")
        self.last = now

    def push(self, item, priority, now):
        self._tick(now)
        self.items.append((now, self.seq, priority, item))
        self.seq += 1

    def _best(self, now):
        if not self.items:
            raise IndexError("empty queue")
        best = 0
        best_key = None
        for i, (t, seq, p, _) in enumerate(self.items):
            key = (p + self.rate * (now - t), -seq)
            if best_key is None or key > best_key:
                best, best_key = i, key
        return best

    def peek(self, now):
        self._tick(now)
        return self.items[self._best(now)][3]

    def pop(self, now):
        self._tick(now)
        return self.items.pop(self._best(now))[3]

    def __len__(self):
        return len(self.items)
