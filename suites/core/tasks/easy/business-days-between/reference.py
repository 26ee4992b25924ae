# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections.abc import Iterable
from datetime import date, timedelta


def business_days(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Number of weekdays in [start, end) that are not holidays."""
    if end < start:
        raise ValueError("end must not be before start")
    days_off = set(holidays)
    total = 0
    for offset in range((end - start).days):
        day = start + timedelta(days=offset)
        if day.weekday() < 5 and day not in days_off:
            total += 1
    return total
