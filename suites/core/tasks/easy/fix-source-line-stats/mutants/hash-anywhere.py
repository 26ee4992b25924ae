# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def line_stats(path):
    stats = {"total": 0, "blank": 0, "comment": 0, "code": 0}
    with open(path, encoding="utf-8") as f:
        for line in f:
            stats["total"] += 1
            if not line.strip():
                stats["blank"] += 1
            elif "#" in line:
                stats["comment"] += 1
            else:
                stats["code"] += 1
    return stats
