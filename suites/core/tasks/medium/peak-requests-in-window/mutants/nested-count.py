# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def peak_load(timestamps, window):
    if window <= 0:
        raise ValueError("window must be positive")
    for i in range(1, len(timestamps)):
        if timestamps[i] < timestamps[i - 1]:
            raise ValueError("not sorted")
    best, best_start = 0, None
    n = len(timestamps)
    for i in range(n):
        j = i
        while j < n and timestamps[j] < timestamps[i] + window:
            j += 1
        if j - i > best:
            best, best_start = j - i, timestamps[i]
    return best, best_start
