# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_customers(records):
    # records: list of dicts with "id", "emails", "phones"
    p = {}
    for i in range(len(records)):
        p[records[i]["id"]] = records[i]["id"]
    def f(x):
        r = x
        while p[r] != r:
            r = p[r]
        while p[x] != r:
            n = p[x]
            p[x] = r
            x = n
        return r
    seen_e = {}
    seen_p = {}
    for i in range(len(records)):
        rec = records[i]
        for j in range(len(rec["emails"])):
            e = rec["emails"][j].strip().lower()
            if e == "":
                continue
            if e in seen_e:
                a = f(seen_e[e])
                b = f(rec["id"])
                if a != b:
                    if a < b:
                        p[b] = a
                    else:
                        p[a] = b
            else:
                seen_e[e] = rec["id"]
        for j in range(len(rec["phones"])):
            d = ""
            for ch in rec["phones"][j]:
                if ch in "0123456789":
                    d = d + ch
            if len(d) < 7:
                continue
            d = d[-9:]
            if d in seen_p:
                a = f(seen_p[d])
                b = f(rec["id"])
                if a != b:
                    if a < b:
                        p[b] = a
                    else:
                        p[a] = b
            else:
                seen_p[d] = rec["id"]
    g = {}
    for i in range(len(records)):
        r = f(records[i]["id"])
        if r in g:
            g[r].append(records[i]["id"])
        else:
            g[r] = [records[i]["id"]]
    out = []
    for k in g:
        l = g[k]
        l.sort()
        out.append(l)
    out.sort(key=lambda x: x[0])
    return out
