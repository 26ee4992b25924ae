# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from collections.abc import Iterable, Iterator


def _content_lines(lines: Iterable[str]) -> Iterator[str]:
    """Stripped lines that are neither blank nor comments."""
    for line in lines:
        line = line.strip()
        if line:
            yield line


def _parse(line: str) -> tuple[str, float] | None:
    """(sensor_id, value) for a valid line, or None."""
    parts = line.split(",")
    if len(parts) != 3:
        return None
    sensor_id = parts[0].strip()
    try:
        value = float(parts[2].strip())
    except ValueError:
        return None
    if not sensor_id or not math.isfinite(value):
        return None
    return sensor_id, value


def summarize_readings(lines: Iterable[str]) -> dict[str, object]:
    """Per-sensor (id, count, min, max, mean rounded to 2 places), sorted by id, and the number of rejected lines."""
    stats: dict[str, list[float]] = {}  # id -> [count, min, max, total]
    rejected = 0
    for reading in map(_parse, _content_lines(lines)):
        if reading is None:
            rejected += 1
            continue
        sensor_id, value = reading
        if sensor_id not in stats:
            stats[sensor_id] = [0, value, value, 0]
        entry = stats[sensor_id]
        entry[0] += 1
        entry[1] = min(entry[1], value)
        entry[2] = max(entry[2], value)
        entry[3] += value
    sensors = [
        (sensor_id, count, low, high, round(total / count, 2))
        for sensor_id, (count, low, high, total) in sorted(stats.items())
    ]
    return {"sensors": sensors, "rejected": rejected}
