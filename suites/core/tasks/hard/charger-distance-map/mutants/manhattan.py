# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def charger_distances(floor):
    if not floor:
        return []
    w = len(floor[0])
    for row in floor:
        if len(row) != w or set(row) - set(".#C"):
            raise ValueError("bad floor")
    chargers = [(r, c) for r, row in enumerate(floor) for c, ch in enumerate(row) if ch == "C"]
    out = []
    for r, row in enumerate(floor):
        line = []
        for c, ch in enumerate(row):
            if ch == "#" or not chargers:
                line.append(-1)
            else:
                line.append(min(abs(r - cr) + abs(c - cc) for cr, cc in chargers))
        out.append(line)
    return out
