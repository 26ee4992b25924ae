# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class TTLCache:
    def __init__(self, ttl, clock):
        if ttl <= 0:
            raise ValueError("ttl")
        self.ttl = ttl
        self.clock = clock
        self.data = {}

    def set(self, key, value, ttl=None):
        ttl = self.ttl if ttl is None else ttl
        if ttl <= 0:
            raise ValueError("ttl")
        self.data[key] = (value, self.clock() + ttl, ttl)

    def _live(self, key):
        entry = self.data.get(key)
        if entry is None or self.clock() >= entry[1]:
            self.data.pop(key, None)
            return None
        return entry

    def get(self, key, default=None):
        entry = self._live(key)
        return default if entry is None else entry[0]

    def touch(self, key):
        entry = self._live(key)
        if entry is None:
            return False
        self.data[key] = (entry[0], self.clock() + entry[2], entry[2])
        return True

    def __len__(self):
        return len(self.data)

    def purge(self):
        now = self.clock()
        dead = [k for k, v in self.data.items() if v[1] <= now]
        for k in dead:
            del self.data[k]
        return len(dead)
