# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right


def first_at_or_after(records, when):
    return bisect_right(records, when, key=lambda r: r[0])


def records_between(records, start, end):
    if start > end:
        raise ValueError("start after end")
    return records[first_at_or_after(records, start):first_at_or_after(records, end)]
