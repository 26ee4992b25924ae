# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import timedelta


def business_days(start, end, holidays=()):
    if end < start:
        raise ValueError("end before start")
    count = 0
    for i in range((end - start).days):
        day = start + timedelta(days=i)
        if day.weekday() < 5 and day not in holidays:
            count += 1
    return count
