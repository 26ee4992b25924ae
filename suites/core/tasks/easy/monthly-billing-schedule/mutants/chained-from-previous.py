# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import calendar
from datetime import date


def billing_schedule(anchor, count):
    if count < 0:
        raise ValueError("negative count")
    if count == 0:
        return []
    dates = [anchor]
    while len(dates) < count:
        prev = dates[-1]
        year = prev.year + (prev.month == 12)
        month = prev.month % 12 + 1
        day = min(prev.day, calendar.monthrange(year, month)[1])
        dates.append(date(year, month, day))
    return dates
