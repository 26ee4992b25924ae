# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def suggest_commands(typed, commands, limit=3):
    if limit < 0:
        raise ValueError("limit")
    t = typed.lower()
    m = max(1, len(t) // 3)
    res = []
    for k in range(len(commands)):
        c = commands[k]
        s = c.lower()
        if abs(len(s) - len(t)) > m:
            continue
        d = []
        for i in range(len(t) + 1):
            row = []
            for j in range(len(s) + 1):
                row.append(0)
            d.append(row)
        for i in range(len(t) + 1):
            d[i][0] = i
        for j in range(len(s) + 1):
            d[0][j] = j
        for i in range(1, len(t) + 1):
            for j in range(1, len(s) + 1):
                if t[i - 1] == s[j - 1]:
                    x = d[i - 1][j - 1]
                else:
                    x = d[i - 1][j - 1] + 1
                y = d[i - 1][j] + 1
                z = d[i][j - 1] + 1
                if y < x:
                    x = y
                if z < x:
                    x = z
                d[i][j] = x
        if d[len(t)][len(s)] <= m:
            found = False
            for r in res:
                if r[1] == c:
                    found = True
            if not found:
                res.append((d[len(t)][len(s)], c))
    res.sort()
    out = []
    for r in res:
        if len(out) < limit:
            out.append(r[1])
    return out
