# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def count_levels(path):
    counts = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            level = parts[2].upper()
            if level == "WARN":
                level = "WARNING"
            if level in LEVELS:
                counts[level] += 1
    return dict(counts)
