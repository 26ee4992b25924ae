# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import calendar
from datetime import date


def billing_schedule(anchor, count):
    if count < 0:
        raise ValueError("negative count")
    dates = []
    for k in range(count):
        month = anchor.month + k
        year = anchor.year + month // 12
        month = month % 12 or 12
        day = min(anchor.day, calendar.monthrange(year, month)[1])
        dates.append(date(year, month, day))
    return dates
