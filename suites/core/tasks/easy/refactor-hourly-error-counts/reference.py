# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter
from datetime import datetime, timedelta


def errors_per_hour(path: str) -> list[tuple[str, int]]:
    """Count ERROR records per hour, from the first to the last hour with an error (gaps give 0).

    A record is a line whose third single-space-separated field is exactly "ERROR", after a
    "YYYY-MM-DD HH:MM:SS" timestamp (a malformed timestamp on such a line raises ValueError).
    """
    counts: Counter[datetime] = Counter()
    with open(path, encoding="utf-8") as log:
        for line in log:
            parts = line.strip().split(" ")
            if len(parts) >= 3 and parts[2] == "ERROR":
                stamp = datetime.strptime(f"{parts[0]} {parts[1]}", "%Y-%m-%d %H:%M:%S")
                counts[stamp.replace(minute=0, second=0)] += 1
    if not counts:
        return []
    hour, last = min(counts), max(counts)
    histogram = []
    while hour <= last:
        histogram.append((hour.strftime("%Y-%m-%d %H:00"), counts[hour]))
        hour += timedelta(hours=1)
    return histogram
