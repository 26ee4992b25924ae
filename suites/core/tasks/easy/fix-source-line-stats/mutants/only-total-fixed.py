# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def line_stats(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    if text == "":
        lines = []
    stats = {"total": len(lines), "blank": 0, "comment": 0, "code": 0}
    for line in lines:
        if not line.strip():
            stats["blank"] += 1
        elif line.startswith("#"):
            stats["comment"] += 1
        else:
            stats["code"] += 1
    return stats
