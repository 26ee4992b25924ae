# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import calendar
from datetime import date


def billing_schedule(anchor, count):
    dates = []
    for k in range(count):
        year, month0 = divmod(anchor.month - 1 + k, 12)
        year += anchor.year
        last = calendar.monthrange(year, month0 + 1)[1]
        dates.append(anchor.replace(year=year, month=month0 + 1, day=min(anchor.day, last)))
    return dates
