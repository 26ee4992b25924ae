# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left, bisect_right


def first_at_or_after(records, when):
    return bisect_left(records, when, key=lambda r: r[0])


def records_between(records, start, end):
    if start > end:
        raise ValueError("start after end")
    lo = bisect_left(records, start, key=lambda r: r[0])
    hi = bisect_right(records, end, key=lambda r: r[0])
    return records[lo:hi]
