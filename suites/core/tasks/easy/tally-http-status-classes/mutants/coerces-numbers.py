# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def tally_status_classes(codes):
    counts = {"1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
    for raw in codes:
        if isinstance(raw, bool):
            raise TypeError("status code must be an int")
        code = int(raw)
        if not 100 <= code <= 599:
            raise ValueError("status code out of range")
        counts[f"{code // 100}xx"] += 1
    errors = counts["4xx"] + counts["5xx"]
    counts["error_rate"] = round(errors / len(codes), 4) if codes else 0.0
    return counts
