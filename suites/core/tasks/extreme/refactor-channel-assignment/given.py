# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def assign_channels(tx, nch, pairs, gap, fixed=None):
    if nch < 1:
        raise ValueError("need at least one channel")
    if gap < 1:
        raise ValueError("gap must be >= 1")
    idx = {}
    for i in range(len(tx)):
        if tx[i] in idx:
            raise ValueError("duplicate transmitter")
        idx[tx[i]] = i
    n = len(tx)
    nb = []
    for i in range(n):
        nb.append([])
    for p in pairs:
        if p[0] not in idx or p[1] not in idx:
            raise ValueError("unknown transmitter")
        if p[0] == p[1]:
            raise ValueError("self interference")
        a = idx[p[0]]
        b = idx[p[1]]
        if b not in nb[a]:
            nb[a].append(b)
        if a not in nb[b]:
            nb[b].append(a)
    dom = []
    for i in range(n):
        d = []
        for c in range(nch + 1):
            if c == 0:
                d.append(False)
            else:
                d.append(True)
        dom.append(d)
    if fixed != None:
        for t in fixed:
            if t not in idx:
                raise ValueError("unknown transmitter")
            if fixed[t] < 1 or fixed[t] > nch:
                raise ValueError("channel out of range")
            for c in range(1, nch + 1):
                if c != fixed[t]:
                    dom[idx[t]][c] = False
    res = [0] * n

    def go(i):
        if i == n:
            return True
        for c in range(1, nch + 1):
            if dom[i][c] == False:
                continue
            res[i] = c
            removed = []
            dead = False
            for j in nb[i]:
                if j > i:
                    for c2 in range(1, nch + 1):
                        if dom[j][c2] == True:
                            if c2 - c < gap and c - c2 < gap:
                                dom[j][c2] = False
                                removed.append((j, c2))
                    left = 0
                    for c2 in range(1, nch + 1):
                        if dom[j][c2] == True:
                            left = left + 1
                    if left == 0:
                        dead = True
                        break
            if dead == False:
                if go(i + 1):
                    return True
            for k in range(len(removed)):
                dom[removed[k][0]][removed[k][1]] = True
        res[i] = 0
        return False

    if go(0) == False:
        return None
    out = {}
    for i in range(n):
        out[tx[i]] = res[i]
    return out
