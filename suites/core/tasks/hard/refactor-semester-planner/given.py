# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_semesters(prereqs):
    # prereqs: course -> list of courses needed before it
    a = {}
    b = {}
    for c in prereqs:
        if c not in a:
            a[c] = 0
            b[c] = []
        for p in prereqs[c]:
            if p not in a:
                a[p] = 0
                b[p] = []
    for c in prereqs:
        done = []
        for p in prereqs[c]:
            if p in done:
                continue
            done.append(p)
            a[c] = a[c] + 1
            b[p].append(c)
    cur = []
    for c in a:
        if a[c] == 0:
            cur.append(c)
    out = []
    n = 0
    while len(cur) > 0:
        cur.sort()
        out.append(cur)
        n = n + len(cur)
        nxt = []
        for i in range(len(cur)):
            for j in range(len(b[cur[i]])):
                d = b[cur[i]][j]
                a[d] = a[d] - 1
                if a[d] == 0:
                    nxt.append(d)
        cur = nxt
    if n != len(a):
        raise ValueError("cycle")
    return out
