# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left, insort


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
    if len(values) < window:
        return []
    rank = (pct * window + 99) // 100  # ceil in exact integer arithmetic; 1 <= rank <= window
    ordered = sorted(values[:window])  # the current window, kept sorted
    result = [ordered[rank - 1]]
    for i in range(window, len(values)):
        del ordered[bisect_left(ordered, values[i - window])]
        insort(ordered, values[i])
        result.append(ordered[rank - 1])
    return result
