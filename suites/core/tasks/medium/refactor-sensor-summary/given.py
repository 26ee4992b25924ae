# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def summarize_readings(lines):
    data = []
    bad = 0
    for i in range(len(lines)):
        l = lines[i].strip()
        if l == "" or l[0] == "#":
            continue
        parts = l.split(",")
        if len(parts) != 3:
            bad = bad + 1
            continue
        sid = parts[0].strip()
        if sid == "":
            bad = bad + 1
            continue
        try:
            v = float(parts[2].strip())
        except ValueError:
            bad = bad + 1
            continue
        if math.isnan(v) or math.isinf(v):
            bad = bad + 1
            continue
        data.append([sid, v])
    ids = []
    for i in range(len(data)):
        if data[i][0] not in ids:
            ids.append(data[i][0])
    ids.sort()
    result = []
    for j in range(len(ids)):
        vals = []
        for i in range(len(data)):
            if data[i][0] == ids[j]:
                vals.append(data[i][1])
        mn = vals[0]
        mx = vals[0]
        total = 0
        for k in range(len(vals)):
            if vals[k] < mn:
                mn = vals[k]
            if vals[k] > mx:
                mx = vals[k]
            total = total + vals[k]
        result.append((ids[j], len(vals), mn, mx, round(total / len(vals), 2)))
    return {"sensors": result, "rejected": bad}
