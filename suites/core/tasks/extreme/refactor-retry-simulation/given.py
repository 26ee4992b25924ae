# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def simulate_retries(jobs, base_delay, max_delay, max_attempts):
    if base_delay <= 0 or max_delay < base_delay:
        raise ValueError("bad delays")
    if max_attempts < 1:
        raise ValueError("bad max_attempts")
    h = []
    f = {}
    for j in jobs:
        if j[0] in f:
            raise ValueError("duplicate job " + str(j[0]))
        if j[1] < 0:
            raise ValueError("negative failures")
        f[j[0]] = j[1]
        heapq.heappush(h, (0, j[0], 1))
    ev = []
    while len(h) > 0:
        x = heapq.heappop(h)
        t = x[0]
        n = x[1]
        a = x[2]
        if a > f[n]:
            ev.append((t, n, a, "ok"))
        else:
            if a >= max_attempts:
                ev.append((t, n, a, "gave-up"))
            else:
                d = base_delay * 2 ** (a - 1)
                if d > max_delay:
                    d = max_delay
                ev.append((t, n, a, "retry"))
                heapq.heappush(h, (t + d, n, a + 1))
    return ev
