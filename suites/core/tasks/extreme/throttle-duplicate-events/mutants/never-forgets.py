# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def throttle_events(events, window):
    if isinstance(window, bool) or not isinstance(window, (int, float)) or not window > 0:
        raise ValueError("window must be a positive number")

    def gen():
        last_fired = {}
        prev = None
        for event in events:
            t, key = event[0], event[1]
            if prev is not None and t < prev:
                raise ValueError("timestamps must not decrease")
            prev = t
            if key in last_fired and t - last_fired[key] < window:
                continue
            last_fired[key] = t
            yield event

    return gen()
