# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def rate_profile(rules):
    # check input
    for i in range(len(rules)):
        r = rules[i]
        if r[0] >= r[1]:
            raise ValueError("rule " + str(r[0]) + "-" + str(r[1]) + " is empty")
        if r[2] < 0:
            raise ValueError("rule " + str(r[0]) + "-" + str(r[1]) + " has negative price " + str(r[2]))
    rs = sorted(rules)
    pts = []
    for i in range(len(rules)):
        pts.append(rules[i][0])
        pts.append(rules[i][1])
    pts = sorted(list(set(pts)))
    h = []
    res = []
    last = 0
    j = 0
    for k in range(len(pts)):
        t = pts[k]
        while True:
            if j < len(rs):
                if rs[j][0] <= t:
                    heapq.heappush(h, (rs[j][2] * -1, rs[j][1]))
                    j = j + 1
                else:
                    break
            else:
                break
        while True:
            if len(h) > 0:
                if h[0][1] <= t:
                    heapq.heappop(h)
                else:
                    break
            else:
                break
        if len(h) > 0:
            p = h[0][0] * -1
            if p != last:
                res.append((t, p))
                last = p
        else:
            if last != 0:
                res.append((t, 0))
                last = 0
    return res
