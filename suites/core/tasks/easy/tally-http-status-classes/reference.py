# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def tally_status_classes(codes: list[int]) -> dict[str, int | float]:
    """Count status codes per class (1xx..5xx) and the share of 4xx/5xx responses."""
    counts: dict[str, int | float] = {f"{digit}xx": 0 for digit in range(1, 6)}
    for code in codes:
        if not isinstance(code, int) or isinstance(code, bool):
            raise TypeError(f"status code must be an int, got {code!r}")
        if not 100 <= code <= 599:
            raise ValueError(f"status code out of range: {code}")
        counts[f"{code // 100}xx"] += 1
    errors = counts["4xx"] + counts["5xx"]
    counts["error_rate"] = round(errors / len(codes), 4) if codes else 0.0
    return counts
