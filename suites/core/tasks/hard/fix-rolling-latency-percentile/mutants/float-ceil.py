# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math
from bisect import bisect_left, insort


def rolling_percentile(values, window, pct):
    if not isinstance(window, int) or window < 1:
        raise ValueError("window must be a positive int")
    if not isinstance(pct, int) or not 1 <= pct <= 100:
        raise ValueError("pct must be an int from 1 to 100")
    if len(values) < window:
        return []
    k = math.ceil(pct / 100 * window)
    ordered = sorted(values[:window])
    out = [ordered[k - 1]]
    for i in range(window, len(values)):
        del ordered[bisect_left(ordered, values[i - window])]
        insort(ordered, values[i])
        out.append(ordered[k - 1])
    return out
