# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def count_levels(path):
    counts = {level: 0 for level in LEVELS}
    with open(path, encoding="utf-8") as f:
        for line in f:
            upper = line.upper()
            for level in LEVELS:
                if f" {level} " in upper or upper.rstrip().endswith(" " + level):
                    counts[level] += 1
                    break
            else:
                if " WARN " in upper:
                    counts["WARNING"] += 1
    return counts
