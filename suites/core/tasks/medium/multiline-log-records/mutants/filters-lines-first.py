# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
HEADER = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) +(DEBUG|INFO|WARNING|ERROR|CRITICAL)(?: +(.*))?")


def _wanted(lines, threshold):
    for raw in lines:
        line = raw.rstrip()
        if not line:
            continue
        match = HEADER.fullmatch(line)
        if match and LEVELS.index(match.group(2)) < threshold:
            continue
        yield line


def log_records(lines, min_level="DEBUG"):
    if min_level not in LEVELS:
        raise ValueError(min_level)
    current = None
    for line in _wanted(lines, LEVELS.index(min_level)):
        match = HEADER.fullmatch(line)
        if match:
            if current:
                yield current[0], current[1], "\n".join(current[2])
            current = (match.group(1), match.group(2), [match.group(3) or ""])
        elif current:
            current[2].append(line)
    if current:
        yield current[0], current[1], "\n".join(current[2])
