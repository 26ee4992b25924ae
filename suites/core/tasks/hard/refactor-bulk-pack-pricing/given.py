# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_packing(units, packs):
    # packs: {pack_size: price}
    if units < 0:
        raise ValueError("units")
    for s in packs:
        if s <= 0 or packs[s] < 0:
            raise ValueError("packs")
    t = []
    for x in range(units + 1):
        t.append(None)
    t[0] = [0, 0]
    x = 1
    while x <= units:
        b = None
        for s in sorted(packs.keys()):
            if s <= x:
                prev = t[x - s]
                if prev != None:
                    c = prev[0] + packs[s]
                    n = prev[1] + 1
                    if b == None:
                        b = [c, n]
                    else:
                        if c < b[0]:
                            b = [c, n]
                        else:
                            if c == b[0]:
                                if n < b[1]:
                                    b = [c, n]
        t[x] = b
        x = x + 1
    if t[units] == None:
        return None
    return (t[units][0], t[units][1])
