# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Compute upcoming fire times of a five-field cron expression."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
MONTHS = {name.upper(): i for i, name in enumerate(calendar.month_abbr) if name}
WEEKDAYS = {"SUN": 0, "MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6}
MAX_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


@dataclass(frozen=True)
class Schedule:
    minutes: list[int]
    hours: list[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]      # cron numbering: Sunday = 0
    days_restricted: bool
    weekdays_restricted: bool

    def matches_day(self, day: date) -> bool:
        dom = day.day in self.days
        dow = (day.weekday() + 1) % 7 in self.weekdays
        if self.days_restricted and self.weekdays_restricted:
            return dom or dow
        if self.weekdays_restricted:
            return dow
        return dom


def _value(text: str, low: int, high: int, names: dict[str, int]) -> int:
    if text.upper() in names:
        return names[text.upper()]
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"bad value {text!r}")
    value = int(text)
    if not low <= value <= high:
        raise ValueError(f"{value} is out of range {low}-{high}")
    return value


def _field(text: str, low: int, high: int, names: dict[str, int] | None = None) -> set[int]:
    names = names or {}
    values: set[int] = set()
    for item in text.split(","):
        base, slash, step_text = item.partition("/")
        step = 1
        if slash:
            if not step_text.isdigit() or not step_text.isascii() or int(step_text) == 0:
                raise ValueError(f"bad step in {item!r}")
            step = int(step_text)
        if base == "*":
            start, stop = low, high
        elif "-" in base:
            first, _, last = base.partition("-")
            start, stop = _value(first, low, high, names), _value(last, low, high, names)
            if start > stop:
                raise ValueError(f"reversed range {item!r}")
        else:
            start = _value(base, low, high, names)
            stop = high if slash else start
        values.update(range(start, stop + 1, step))
    return values


def parse(expr: str) -> Schedule:
    expr = MACROS.get(expr.strip().lower(), expr) if expr.strip().startswith("@") else expr
    if expr.strip().startswith("@"):
        raise ValueError(f"unknown macro {expr.strip()!r}")
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("a cron expression has five fields")
    minute, hour, dom, month, dow = fields
    weekdays = {0 if d == 7 else d for d in _field(dow, 0, 7, WEEKDAYS)}
    schedule = Schedule(
        minutes=sorted(_field(minute, 0, 59)),
        hours=sorted(_field(hour, 0, 23)),
        days=frozenset(_field(dom, 1, 31)),
        months=frozenset(_field(month, 1, 12, MONTHS)),
        weekdays=frozenset(weekdays),
        days_restricted=dom != "*",
        weekdays_restricted=dow != "*",
    )
    if schedule.days_restricted and not schedule.weekdays_restricted:
        if min(schedule.days) > max(MAX_DAYS[m] for m in schedule.months):
            raise ValueError("the expression never fires")
    return schedule


def next_runs(expr: str, after: datetime, count: int) -> list[datetime]:
    """Return the first `count` fire times strictly after `after`."""
    schedule = parse(expr)
    if count < 0:
        raise ValueError("count must not be negative")
    start = after.replace(second=0, microsecond=0)
    if start < after:
        start += timedelta(minutes=1)
    runs: list[datetime] = []
    day = start.date()
    first_day = True
    while len(runs) < count:
        if day.month not in schedule.months:
            day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
            first_day = False
            continue
        if schedule.matches_day(day):
            for hour in schedule.hours:
                if first_day and hour < start.hour:
                    continue
                for minute in schedule.minutes:
                    if first_day and hour == start.hour and minute < start.minute:
                        continue
                    runs.append(datetime(day.year, day.month, day.day, hour, minute))
                    if len(runs) == count:
                        return runs
        day += timedelta(days=1)
        first_day = False
    return runs
