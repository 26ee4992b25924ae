# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_contacts(records):
    ids_seen = set()
    group_of = {}  # key -> group index
    groups = []
    for record in records:
        if record["id"] in ids_seen:
            raise ValueError("duplicate id")
        ids_seen.add(record["id"])
        keys = [("e", e.strip().lower()) for e in record.get("emails", []) if e.strip()]
        for p in record.get("phones", []):
            digits = "".join(c for c in p if c.isdigit())
            if digits:
                keys.append(("p", digits))
        target = None
        for key in keys:
            if key in group_of:
                target = group_of[key]
                break
        if target is None:
            groups.append([set(), set(), set()])
            target = len(groups) - 1
        groups[target][0].add(record["id"])
        for kind, value in keys:
            group_of.setdefault((kind, value), target)
            groups[target][1 if kind == "e" else 2].add(value)
    out = [{"ids": sorted(g[0]), "emails": sorted(g[1]), "phones": sorted(g[2])} for g in groups]
    out.sort(key=lambda p: p["ids"][0])
    return out
