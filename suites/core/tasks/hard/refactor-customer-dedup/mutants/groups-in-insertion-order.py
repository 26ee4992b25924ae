# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_customers(records):
    parent = {r["id"]: r["id"] for r in records}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {}
    for r in records:
        keys = [("e", e.strip().lower()) for e in r["emails"] if e.strip()]
        for p in r["phones"]:
            digits = "".join(c for c in p if c.isdigit())
            if len(digits) >= 7:
                keys.append(("p", digits[-9:]))
        for k in keys:
            o = owner.setdefault(k, r["id"])
            a, b = find(o), find(r["id"])
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups = {}
    for r in records:
        groups.setdefault(find(r["id"]), []).append(r["id"])
    return [sorted(g) for g in groups.values()]
