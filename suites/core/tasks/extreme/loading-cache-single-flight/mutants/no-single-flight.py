# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading
from collections import OrderedDict


class LoadingCache:
    def __init__(self, capacity, loader):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be a positive integer")
        self.capacity = capacity
        self.loader = loader
        self.lock = threading.Lock()
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                self.hits += 1
                return self.data[key]
            self.misses += 1
        value = self.loader(key)
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.capacity:
                self.data.popitem(last=False)
                self.evictions += 1
        return value

    def peek(self, key, default=None):
        with self.lock:
            return self.data.get(key, default)

    def invalidate(self, key):
        with self.lock:
            if key in self.data:
                del self.data[key]
                return True
            return False

    def keys(self):
        with self.lock:
            return list(self.data)

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}

    def __len__(self):
        return len(self.data)
