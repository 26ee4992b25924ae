# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import OrderedDict


class SizedLRUCache:
    def __init__(self, max_bytes):
        if max_bytes <= 0:
            raise ValueError("max_bytes")
        self.max_bytes = max_bytes
        self.values = OrderedDict()
        self.sizes = {}
        self.total = 0
        self.hits = self.misses = self.evictions = 0

    def put(self, key, value, size):
        if size <= 0 or size > self.max_bytes:
            raise ValueError("size")
        if key in self.values:
            self.total -= self.sizes[key]
            del self.values[key]
        self.values[key] = value
        self.sizes[key] = size
        self.total += size
        while self.total > self.max_bytes:
            old, _ = self.values.popitem(last=False)
            self.total -= self.sizes.pop(old)
            self.evictions += 1

    def get(self, key, default=None):
        value = self.values.get(key)
        if not value:
            self.misses += 1
            return default
        self.hits += 1
        self.values.move_to_end(key)
        return value

    def peek(self, key, default=None):
        return self.values.get(key, default)

    def __contains__(self, key):
        return key in self.values

    def __len__(self):
        return len(self.values)

    def total_bytes(self):
        return self.total

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}
