# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter
from datetime import datetime, timedelta


def errors_per_hour(path):
    counts = Counter()
    with open(path, encoding="utf-8") as log:
        for line in log:
            parts = line.strip().split(" ")
            if len(parts) >= 3 and parts[2] == "ERROR":
                counts[parts[0] + " " + parts[1][:2]] += 1
    if not counts:
        return []
    hour = datetime.strptime(min(counts), "%Y-%m-%d %H")
    last = datetime.strptime(max(counts), "%Y-%m-%d %H")
    result = []
    while hour <= last:
        result.append((hour.strftime("%Y-%m-%d %H:00"), counts[hour.strftime("%Y-%m-%d %H")]))
        hour += timedelta(hours=1)
    return result
