# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def line_stats(path):
    """Count the lines of a Python source file.

    Returns {"total", "blank", "comment", "code"}: blank lines are empty or whitespace only,
    comment lines have "#" as their first non-whitespace character, everything else is code.
    """
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    stats = {"total": len(lines), "blank": 0, "comment": 0, "code": 0}
    for line in lines:
        if not line.strip():
            stats["blank"] += 1
        elif line.startswith("#"):
            stats["comment"] += 1
        else:
            stats["code"] += 1
    return stats
