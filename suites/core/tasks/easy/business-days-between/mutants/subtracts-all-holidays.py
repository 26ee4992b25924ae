# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import timedelta


def business_days(start, end, holidays=()):
    if end < start:
        raise ValueError("end before start")
    weekdays = sum(1 for i in range((end - start).days) if (start + timedelta(days=i)).weekday() < 5)
    in_range = {h for h in holidays if start <= h < end}
    return weekdays - len(in_range)
