# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def peak_load(timestamps: list[int], window: int) -> tuple[int, int | None]:
    """Largest number of requests in some [start, start + window), with the earliest such start."""
    if window <= 0:
        raise ValueError("window must be positive")
    if any(a > b for a, b in zip(timestamps, timestamps[1:])):
        raise ValueError("timestamps must be sorted")
    best_count, best_start = 0, None
    end = 0  # first index at or past the end of the current window
    for begin, start in enumerate(timestamps):
        while end < len(timestamps) and timestamps[end] < start + window:
            end += 1
        if end - begin > best_count:
            best_count, best_start = end - begin, start
    return best_count, best_start
