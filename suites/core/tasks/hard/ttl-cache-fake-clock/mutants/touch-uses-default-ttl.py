# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


class TTLCache:
    def __init__(self, ttl, clock):
        if ttl <= 0:
            raise ValueError("ttl")
        self.ttl = ttl
        self.clock = clock
        self.data = {}
        self.heap = []
        self.n = 0

    def _expire(self):
        now = self.clock()
        removed = 0
        while self.heap and self.heap[0][0] <= now:
            exp, _, key = heapq.heappop(self.heap)
            entry = self.data.get(key)
            if entry is not None and entry[1] == exp:
                del self.data[key]
                removed += 1
        return removed

    def set(self, key, value, ttl=None):
        ttl = self.ttl if ttl is None else ttl
        if ttl <= 0:
            raise ValueError("ttl")
        exp = self.clock() + ttl
        self.data[key] = (value, exp)
        self.n += 1
        heapq.heappush(self.heap, (exp, self.n, key))

    def get(self, key, default=None):
        self._expire()
        entry = self.data.get(key)
        return default if entry is None else entry[0]

    def touch(self, key):
        self._expire()
        entry = self.data.get(key)
        if entry is None:
            return False
        exp = self.clock() + self.ttl
        self.data[key] = (entry[0], exp)
        self.n += 1
        heapq.heappush(self.heap, (exp, self.n, key))
        return True

    def __len__(self):
        self._expire()
        return len(self.data)

    def purge(self):
        return self._expire()
