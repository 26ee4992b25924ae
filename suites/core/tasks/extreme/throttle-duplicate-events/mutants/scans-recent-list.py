# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def throttle_events(events, window):
    if isinstance(window, bool) or not isinstance(window, (int, float)) or not window > 0:
        raise ValueError("window must be a positive number")

    def gen():
        recent = []  # (time, key) of events yielded in the last window
        prev = None
        for event in events:
            t, key = event[0], event[1]
            if prev is not None and t < prev:
                raise ValueError("timestamps must not decrease")
            prev = t
            recent = [(t0, k) for t0, k in recent if t - t0 < window]
            if any(k == key for _, k in recent):
                continue
            recent.append((t, key))
            yield event

    return gen()
