# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rolling_percentile(values, window, pct):
    """Nearest-rank percentile of every full window of `window` consecutive values.

    For each window values[i:i + window] (i = 0, 1, ...), the result is the k-th smallest value
    of the window, where k = ceil(pct * window / 100). `pct` is an int from 1 to 100.
    A list shorter than the window has no full window and gives [].
    """
    if not isinstance(window, int) or window < 1:
        raise ValueError("window must be a positive int")
    if not isinstance(pct, int) or not 1 <= pct <= 100:
        raise ValueError("pct must be an int from 1 to 100")
    result = []
    for i in range(len(values) - window + 1):
        ordered = sorted(values[i:i + window])
        result.append(ordered[int(pct / 100 * window)])
    return result
