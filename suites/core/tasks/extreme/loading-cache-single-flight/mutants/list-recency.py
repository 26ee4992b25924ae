# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading


class LoadingCache:
    def __init__(self, capacity, loader):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be a positive integer")
        self.capacity = capacity
        self.loader = loader
        self.lock = threading.Lock()
        self.values = {}
        self.order = []  # least recently used first
        self.inflight = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key):
        with self.lock:
            if key in self.values:
                self.order.remove(key)
                self.order.append(key)
                self.hits += 1
                return self.values[key]
            if key in self.inflight:
                event, box = self.inflight[key]
                self.hits += 1
                owner = False
            else:
                event, box = threading.Event(), {}
                self.inflight[key] = (event, box)
                self.misses += 1
                owner = True
        if not owner:
            event.wait()
            if "error" in box:
                raise box["error"]
            return box["value"]
        try:
            value = self.loader(key)
        except BaseException as e:
            with self.lock:
                del self.inflight[key]
            box["error"] = e
            event.set()
            raise
        with self.lock:
            del self.inflight[key]
            self.values[key] = value
            self.order.append(key)
            while len(self.order) > self.capacity:
                old = self.order.pop(0)
                del self.values[old]
                self.evictions += 1
        box["value"] = value
        event.set()
        return value

    def peek(self, key, default=None):
        with self.lock:
            return self.values.get(key, default)

    def invalidate(self, key):
        with self.lock:
            if key in self.values:
                del self.values[key]
                self.order.remove(key)
                return True
            return False

    def keys(self):
        with self.lock:
            return list(self.order)

    def stats(self):
        with self.lock:
            return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}

    def __len__(self):
        return len(self.values)
