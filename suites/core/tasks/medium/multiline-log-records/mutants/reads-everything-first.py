# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
HEADER = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) +(DEBUG|INFO|WARNING|ERROR|CRITICAL)(?: +(.*))?")


def log_records(lines, min_level="DEBUG"):
    if min_level not in LEVELS:
        raise ValueError(min_level)
    threshold = LEVELS.index(min_level)
    records = []
    for raw in list(lines):
        line = raw.rstrip()
        if not line:
            continue
        match = HEADER.fullmatch(line)
        if match:
            records.append([match.group(1), match.group(2), [match.group(3) or ""]])
        elif records:
            records[-1][2].append(line)
    for ts, level, parts in records:
        if LEVELS.index(level) >= threshold:
            yield ts, level, "\n".join(parts)
