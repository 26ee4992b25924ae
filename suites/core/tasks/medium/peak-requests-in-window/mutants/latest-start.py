# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def peak_load(timestamps, window):
    if window <= 0:
        raise ValueError("window must be positive")
    for i in range(1, len(timestamps)):
        if timestamps[i] < timestamps[i - 1]:
            raise ValueError("not sorted")
    best, best_start = 0, None
    j = 0
    for i, start in enumerate(timestamps):
        while j < len(timestamps) and timestamps[j] < start + window:
            j += 1
        if j - i >= best:
            best, best_start = j - i, start
    return best, best_start
