# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter


def tally_status_classes(codes):
    for code in codes:
        if not isinstance(code, int) or isinstance(code, bool):
            raise TypeError("status code must be an int")
        if not 100 <= code <= 599:
            raise ValueError("status code out of range")
    counts = dict(Counter(f"{code // 100}xx" for code in codes))
    errors = counts.get("4xx", 0) + counts.get("5xx", 0)
    counts["error_rate"] = round(errors / len(codes), 4) if codes else 0.0
    return counts
