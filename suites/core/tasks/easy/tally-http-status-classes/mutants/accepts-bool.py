# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def tally_status_classes(codes):
    counts = {"1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
    for code in codes:
        if not isinstance(code, int):
            raise TypeError("status code must be an int")
        if code < 100 or code > 599:
            raise ValueError("status code out of range")
        counts[str(code)[0] + "xx"] += 1
    errors = counts["4xx"] + counts["5xx"]
    counts["error_rate"] = round(errors / len(codes), 4) if codes else 0.0
    return counts
