# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import OrderedDict


def throttle_events(events, window):
    if isinstance(window, bool) or not isinstance(window, (int, float)) or not window > 0:
        raise ValueError("window must be a positive number")

    def gen():
        last_seen = OrderedDict()  # key -> last time it was seen, oldest first
        prev = None
        for event in events:
            t, key = event[0], event[1]
            if prev is not None and t < prev:
                raise ValueError("timestamps must not decrease")
            prev = t
            while last_seen and t - next(iter(last_seen.values())) >= window:
                last_seen.popitem(last=False)
            suppressed = key in last_seen
            last_seen[key] = t
            last_seen.move_to_end(key)
            if not suppressed:
                yield event

    return gen()
