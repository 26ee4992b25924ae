# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _emails(r):
    return {e.strip().lower() for e in r["emails"] if e.strip()}


def _phones(r):
    out = set()
    for p in r["phones"]:
        d = "".join(c for c in p if c.isdigit())
        if len(d) >= 7:
            out.add(d[-9:])
    return out


def merge_customers(records):
    n = len(records)
    keys = [(_emails(r), _phones(r)) for r in records]
    adj = [[] for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if keys[i][0] & keys[j][0] or keys[i][1] & keys[j][1]:
                adj[i].append(j)
                adj[j].append(i)
    seen, groups = set(), []
    for i in range(n):
        if i in seen:
            continue
        stack, comp = [i], []
        seen.add(i)
        while stack:
            x = stack.pop()
            comp.append(records[x]["id"])
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        groups.append(sorted(comp))
    return sorted(groups, key=lambda g: g[0])
