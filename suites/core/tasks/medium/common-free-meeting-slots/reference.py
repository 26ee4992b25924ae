# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def free_slots(
    busy: list[list[tuple[int, int]]], day_start: int, day_end: int, min_length: int
) -> list[tuple[int, int]]:
    """Maximal intervals of [day_start, day_end) when nobody is busy, at least min_length long."""
    if day_start >= day_end:
        raise ValueError("the day must start before it ends")
    if min_length <= 0:
        raise ValueError("min_length must be positive")
    intervals = [interval for calendar in busy for interval in calendar]
    for start, end in intervals:
        if start >= end:
            raise ValueError(f"invalid busy interval ({start}, {end})")

    slots: list[tuple[int, int]] = []
    free_from = day_start
    for start, end in sorted(intervals):
        if start >= day_end:
            break
        if start - free_from >= min_length:
            slots.append((free_from, start))
        free_from = max(free_from, end)
    if day_end - free_from >= min_length:
        slots.append((free_from, day_end))
    return slots
