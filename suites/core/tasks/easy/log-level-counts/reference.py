# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ALIASES = {"WARN": "WARNING"}


def count_levels(path: str) -> dict[str, int]:
    """Count the log records of each level in a log file."""
    counts = dict.fromkeys(LEVELS, 0)
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 3:
                continue
            level = fields[2].upper()
            level = ALIASES.get(level, level)
            if level in counts:
                counts[level] += 1
    return counts
