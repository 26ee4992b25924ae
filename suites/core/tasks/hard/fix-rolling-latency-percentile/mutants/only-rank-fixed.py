# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rolling_percentile(values, window, pct):
    if not isinstance(window, int) or window < 1:
        raise ValueError("window must be a positive int")
    if not isinstance(pct, int) or not 1 <= pct <= 100:
        raise ValueError("pct must be an int from 1 to 100")
    k = (pct * window + 99) // 100
    return [sorted(values[i:i + window])[k - 1] for i in range(len(values) - window + 1)]
