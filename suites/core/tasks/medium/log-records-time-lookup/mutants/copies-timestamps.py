# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


def first_at_or_after(records, when):
    return bisect_left([ts for ts, _ in records], when)


def records_between(records, start, end):
    if start > end:
        raise ValueError("start after end")
    times = [ts for ts, _ in records]
    return records[bisect_left(times, start):bisect_left(times, end)]
