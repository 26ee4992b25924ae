# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def region_totals(in_path, out_path):
    f = open(in_path, encoding="utf-8")
    lines = f.readlines()
    f.close()
    d = {}
    for i in range(len(lines)):
        if i == 0:
            continue
        l = lines[i].strip()
        if l == "":
            continue
        p = l.split(",")
        if p[2].strip().lower() == "refunded":
            continue
        else:
            if p[0].strip() in d:
                d[p[0].strip()] = d[p[0].strip()] + float(p[1])
            else:
                d[p[0].strip()] = float(p[1])
    keys = list(d.keys())
    keys.sort()
    out = open(out_path, "w", encoding="utf-8")
    out.write("region,total\n")
    n = 0
    for k in keys:
        out.write(k + "," + "%.2f" % d[k] + "\n")
        n = n + 1
    out.close()
    return n
