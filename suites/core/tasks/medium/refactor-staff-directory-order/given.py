# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def directory_order(people):
    def cmp(x, y):
        dx = x.get("dept")
        dy = y.get("dept")
        if not dx:
            if dy:
                return 1
        else:
            if not dy:
                return -1
            else:
                if dx.lower() < dy.lower():
                    return -1
                if dx.lower() > dy.lower():
                    return 1
        if x["years"] > y["years"]:
            return -1
        if x["years"] < y["years"]:
            return 1
        if x["last"].lower() < y["last"].lower():
            return -1
        if x["last"].lower() > y["last"].lower():
            return 1
        if x["first"].lower() < y["first"].lower():
            return -1
        if x["first"].lower() > y["first"].lower():
            return 1
        return 0

    l = []
    for p in people:
        l.append(p)
    for a in range(len(l)):
        for b in range(len(l) - 1 - a):
            if cmp(l[b], l[b + 1]) > 0:
                t = l[b]
                l[b] = l[b + 1]
                l[b + 1] = t
    out = []
    for i in range(len(l)):
        out.append(l[i]["first"] + " " + l[i]["last"])
    return out
