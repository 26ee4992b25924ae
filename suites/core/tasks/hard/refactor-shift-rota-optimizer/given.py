# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_rota(costs):
    n = len(costs)
    if n == 0:
        return (0, [])
    m = len(costs[0])
    for i in range(n):
        if len(costs[i]) != m:
            raise ValueError("every shift needs a cost (or None) for every person")
    if n > m:
        return None
    INF = 10**18
    d = [INF] * (2 ** m)
    for x in range(2 ** m - 1, -1, -1):
        c = bin(x).count("1")
        if c == n:
            d[x] = 0
            continue
        if c > n:
            continue
        b = INF
        for j in range(m):
            if costs[c][j] != None:
                if (x >> j) & 1 == 0:
                    if d[x | (1 << j)] != INF:
                        if costs[c][j] + d[x | (1 << j)] < b:
                            b = costs[c][j] + d[x | (1 << j)]
        d[x] = b
    if d[0] == INF:
        return None
    r = []
    x = 0
    for i in range(n):
        b = INF
        bj = -1
        for j in range(m):
            if costs[i][j] != None:
                if (x >> j) & 1 == 0:
                    if d[x | (1 << j)] != INF:
                        if costs[i][j] + d[x | (1 << j)] < b:
                            b = costs[i][j] + d[x | (1 << j)]
                            bj = j
        r.append(bj)
        x = x | (1 << bj)
    return (d[0], r)
