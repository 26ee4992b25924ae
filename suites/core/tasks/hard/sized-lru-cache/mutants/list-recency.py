# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class SizedLRUCache:
    def __init__(self, max_bytes):
        if max_bytes <= 0:
            raise ValueError("max_bytes")
        self.max_bytes = max_bytes
        self.data = {}
        self.order = []
        self.total = 0
        self.hits = self.misses = self.evictions = 0

    def put(self, key, value, size):
        if size <= 0 or size > self.max_bytes:
            raise ValueError("size")
        if key in self.data:
            self.total -= self.data[key][1]
            self.order.remove(key)
        self.data[key] = (value, size)
        self.order.append(key)
        self.total += size
        while self.total > self.max_bytes:
            old = self.order.pop(0)
            self.total -= self.data.pop(old)[1]
            self.evictions += 1

    def get(self, key, default=None):
        if key not in self.data:
            self.misses += 1
            return default
        self.hits += 1
        self.order.remove(key)
        self.order.append(key)
        return self.data[key][0]

    def peek(self, key, default=None):
        return self.data[key][0] if key in self.data else default

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def total_bytes(self):
        return self.total

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}
