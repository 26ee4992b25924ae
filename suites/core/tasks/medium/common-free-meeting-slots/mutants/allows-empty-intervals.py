# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def free_slots(busy, day_start, day_end, min_length):
    if day_start >= day_end or min_length <= 0:
        raise ValueError("bad arguments")
    intervals = sorted(iv for cal in busy for iv in cal)
    if any(s > e for s, e in intervals):
        raise ValueError("bad interval")
    slots, cursor = [], day_start
    for s, e in intervals:
        if s >= day_end:
            break
        if s - cursor >= min_length:
            slots.append((cursor, s))
        cursor = max(cursor, e)
    if day_end - cursor >= min_length:
        slots.append((cursor, day_end))
    return slots
