# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


def first_at_or_after(records, when):
    return bisect_left(records, (when, ""))


def records_between(records, start, end):
    if start > end:
        raise ValueError("start after end")
    return records[bisect_left(records, (start, "")):bisect_left(records, (end, ""))]
