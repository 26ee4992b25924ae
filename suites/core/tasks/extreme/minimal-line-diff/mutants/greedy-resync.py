# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def diff_lines(a, b):
    script = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            script.append(("=", a[i]))
            i += 1
            j += 1
            continue
        # find the nearest point where the two sides line up again
        try:
            jj = b.index(a[i], j)
        except ValueError:
            jj = None
        try:
            ii = a.index(b[j], i)
        except ValueError:
            ii = None
        if jj is not None and (ii is None or jj - j <= ii - i):
            script += [("+", y) for y in b[j:jj]]
            j = jj
        elif ii is not None:
            script += [("-", x) for x in a[i:ii]]
            i = ii
        else:
            script.append(("-", a[i]))
            script.append(("+", b[j]))
            i += 1
            j += 1
    script += [("-", x) for x in a[i:]]
    script += [("+", y) for y in b[j:]]
    return script
