# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import datetime, timedelta


def errors_per_hour(path):
    f = open(path, encoding="utf-8")
    result = {}
    for line in f:
        if len(line.strip()) > 0:
            parts = line.strip().split(" ")
            if len(parts) >= 3:
                if parts[2] == "ERROR":
                    d = datetime.strptime(parts[0] + " " + parts[1], "%Y-%m-%d %H:%M:%S")
                    d = d.replace(minute=0, second=0)
                    if d in result:
                        result[d] = result[d] + 1
                    else:
                        result[d] = 1
    f.close()
    out = []
    if len(result) > 0:
        keys = sorted(result.keys())
        h = keys[0]
        while h <= keys[len(keys) - 1]:
            if h in result:
                out.append((h.strftime("%Y-%m-%d %H:00"), result[h]))
            else:
                out.append((h.strftime("%Y-%m-%d %H:00"), 0))
            h = h + timedelta(seconds=3600)
    return out
