# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def first_at_or_after(records, when):
    if not records:
        return 0
    lo, hi = 0, len(records) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if records[mid][0] < when:
            lo = mid + 1
        else:
            hi = mid
    return lo


def records_between(records, start, end):
    if start > end:
        raise ValueError("start after end")
    lo = first_at_or_after(records, start)
    hi = first_at_or_after(records, end)
    if hi == len(records) - 1 and records[hi][0] < end:
        hi += 1
    return records[lo:hi]
