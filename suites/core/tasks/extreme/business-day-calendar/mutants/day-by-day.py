# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import timedelta


def _setup(holidays, weekend):
    off = set(weekend)
    if any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in off) or len(off) == 7:
        raise ValueError("bad weekend")
    hol = set(holidays)
    return lambda d: d.weekday() not in off and d not in hol


def add_business_days(start, days, holidays=(), weekend=(5, 6)):
    if not isinstance(days, int) or isinstance(days, bool):
        raise TypeError("days must be an int")
    is_business = _setup(holidays, weekend)
    if days == 0:
        d = start
        while not is_business(d):
            d += timedelta(days=1)
        return d
    step = timedelta(days=1 if days > 0 else -1)
    d = start
    left = abs(days)
    while left:
        d += step
        if is_business(d):
            left -= 1
    return d


def business_days_between(start, end, holidays=(), weekend=(5, 6)):
    is_business = _setup(holidays, weekend)
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    count = 0
    d = start + timedelta(days=1)
    while d <= end:
        if is_business(d):
            count += 1
        d += timedelta(days=1)
    return sign * count
