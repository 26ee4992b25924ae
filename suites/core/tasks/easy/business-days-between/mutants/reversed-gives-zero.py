# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import timedelta


def business_days(start, end, holidays=()):
    holidays = set(holidays)
    return sum(
        1
        for i in range((end - start).days)
        if (start + timedelta(days=i)).weekday() < 5 and start + timedelta(days=i) not in holidays
    )
