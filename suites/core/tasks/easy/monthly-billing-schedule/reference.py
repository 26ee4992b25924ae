# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import calendar
from datetime import date


def billing_schedule(anchor: date, count: int) -> list[date]:
    """The first `count` monthly billing dates, each clamped to the end of its month."""
    if count < 0:
        raise ValueError("count must not be negative")
    dates = []
    for k in range(count):
        year, month_index = divmod(anchor.year * 12 + anchor.month - 1 + k, 12)
        month = month_index + 1
        day = min(anchor.day, calendar.monthrange(year, month)[1])
        dates.append(date(year, month, day))
    return dates
