# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading
import collections


class HitCounter:
    def __init__(self, window):
        if window <= 0:
            raise ValueError("bad window")
        self.w = window
        self.l = threading.Lock()
        self.d = {}
        self.t = {}

    def hit(self, k, ts):
        self.l.acquire()
        try:
            if k in self.d:
                q = self.d[k]
            else:
                q = collections.deque()
                self.d[k] = q
                self.t[k] = 0
            if len(q) > 0:
                if ts < q[-1][0]:
                    raise ValueError("out of order hit for " + str(k))
            if len(q) > 0 and q[-1][0] == ts:
                q[-1][1] = q[-1][1] + 1
            else:
                q.append([ts, 1])
            self.t[k] = self.t[k] + 1
            while len(q) > 0:
                if q[0][0] <= ts - self.w:
                    self.t[k] = self.t[k] - q[0][1]
                    q.popleft()
                else:
                    break
        finally:
            self.l.release()

    def count(self, k, ts):
        self.l.acquire()
        try:
            if not k in self.d:
                return 0
            q = self.d[k]
            while len(q) > 0:
                if q[0][0] <= ts - self.w:
                    self.t[k] = self.t[k] - q[0][1]
                    q.popleft()
                else:
                    break
            return self.t[k]
        finally:
            self.l.release()

    def top(self, n, ts):
        self.l.acquire()
        try:
            res = []
            for k in list(self.d.keys()):
                q = self.d[k]
                while len(q) > 0:
                    if q[0][0] <= ts - self.w:
                        self.t[k] = self.t[k] - q[0][1]
                        q.popleft()
                    else:
                        break
                if self.t[k] > 0:
                    res.append((k, self.t[k]))
            res2 = sorted(res, key=lambda x: (-x[1], x[0]))
            out = []
            i = 0
            while i < len(res2) and i < n:
                out.append(res2[i])
                i = i + 1
            return out
        finally:
            self.l.release()
