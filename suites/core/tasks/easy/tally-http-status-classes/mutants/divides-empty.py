# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def tally_status_classes(codes):
    counts = {"1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
    for code in codes:
        if type(code) is not int:
            raise TypeError("status code must be an int")
        if not 100 <= code <= 599:
            raise ValueError("status code out of range")
        counts[f"{code // 100}xx"] += 1
    counts["error_rate"] = round((counts["4xx"] + counts["5xx"]) / len(codes), 4)
    return counts
