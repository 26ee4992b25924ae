# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Stream multi-line log records, grouping continuation lines under their header."""
import re
from collections.abc import Iterable, Iterator

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
HEADER = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) +(DEBUG|INFO|WARNING|ERROR|CRITICAL)(?: +(.*))?")


def log_records(lines: Iterable[str], min_level: str = "DEBUG") -> Iterator[tuple[str, str, str]]:
    """Yield (timestamp, level, text) for each record at or above `min_level`."""
    if min_level not in LEVELS:
        raise ValueError(f"unknown level {min_level!r}")
    threshold = LEVELS.index(min_level)
    current: tuple[str, str, list[str]] | None = None
    for raw in lines:
        line = raw.rstrip()
        if not line:
            continue
        header = HEADER.fullmatch(line)
        if header is None:
            if current is not None:
                current[2].append(line)
            continue
        if current is not None:
            yield current[0], current[1], "\n".join(current[2])
            current = None
        timestamp, level, message = header.group(1), header.group(2), header.group(3) or ""
        if LEVELS.index(level) >= threshold:
            current = (timestamp, level, [message])
    if current is not None:
        yield current[0], current[1], "\n".join(current[2])
