# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def billing_schedule(anchor, count):
    if count < 0:
        raise ValueError("negative count")
    dates = []
    for k in range(count):
        total = anchor.month - 1 + k
        year = anchor.year + total // 12
        month = total % 12 + 1
        dates.append(date(year, month, min(anchor.day, DAYS_IN_MONTH[month - 1])))
    return dates
