# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import OrderedDict


class SizedLRUCache:
    def __init__(self, max_bytes):
        if max_bytes <= 0:
            raise ValueError("max_bytes")
        self.max_bytes = max_bytes
        self.data = OrderedDict()
        self.total = 0
        self.hits = self.misses = self.evictions = 0

    def put(self, key, value, size):
        if size <= 0 or size > self.max_bytes:
            raise ValueError("size")
        self.data[key] = (value, size)
        self.data.move_to_end(key)
        self.total += size
        while self.total > self.max_bytes:
            _, (_, s) = self.data.popitem(last=False)
            self.total -= s
            self.evictions += 1

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key][0]
        self.misses += 1
        return default

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
