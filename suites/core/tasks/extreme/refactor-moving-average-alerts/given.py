# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def sensor_alerts(readings, window, threshold):
    if window < 1:
        raise ValueError("window must be >= 1")

    def g():
        buf = {}
        tot = {}
        st = {}
        for r in readings:
            s = r[0]
            t = r[1]
            v = r[2]
            if not s in buf:
                buf[s] = deque()
                tot[s] = 0
                st[s] = False
            buf[s].append(v)
            tot[s] = tot[s] + v
            if len(buf[s]) > window:
                tot[s] = tot[s] - buf[s].popleft()
            if len(buf[s]) == window:
                a = tot[s] / window
                if a > threshold:
                    if st[s] == False:
                        st[s] = True
                        yield (s, t, a)
                else:
                    st[s] = False

    return g()
