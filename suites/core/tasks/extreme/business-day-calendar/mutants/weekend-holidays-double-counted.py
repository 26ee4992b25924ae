# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Business-day arithmetic in O(log) per call: whole weeks by arithmetic, holidays by bisection."""
from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from typing import Iterable


class _Calendar:
    def __init__(self, holidays: Iterable[date], weekend: Iterable[int]) -> None:
        off = set(weekend)
        if any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in off):
            raise ValueError("weekend days must be integers 0-6")
        if len(off) == 7:
            raise ValueError("a week needs at least one business day")
        self.workdays = [d not in off for d in range(7)]
        self.per_week = sum(self.workdays)
        # Only holidays on working weekdays remove business days.
        self.holidays = sorted(set(holidays))

    def is_business(self, day: date) -> bool:
        if not self.workdays[day.weekday()]:
            return False
        i = bisect_right(self.holidays, day)
        return not (i and self.holidays[i - 1] == day)

    def count(self, start: date, end: date) -> int:
        """Business days d with start < d <= end (end >= start)."""
        weeks, rest = divmod((end - start).days, 7)
        total = weeks * self.per_week
        first = start.weekday()
        total += sum(self.workdays[(first + k) % 7] for k in range(1, rest + 1))
        return total - (bisect_right(self.holidays, end) - bisect_right(self.holidays, start))

    def forward(self, start: date, n: int) -> date:
        """The n-th business day after start (n >= 1): the smallest d with count(start, d) == n."""
        span = 7 * (n // self.per_week + 1)
        while (found := self.count(start, start + timedelta(days=span))) < n:
            span += 7 * ((n - found) // self.per_week + 1)  # only holidays can make up the shortfall
        low, high = 1, span
        while low < high:
            mid = (low + high) // 2
            if self.count(start, start + timedelta(days=mid)) >= n:
                high = mid
            else:
                low = mid + 1
        return start + timedelta(days=low)

    def backward(self, start: date, n: int) -> date:
        """The n-th business day before start (n >= 1): the largest d with n business days in [d, start)."""
        last = start - timedelta(days=1)
        span = 7 * (n // self.per_week + 1)
        while (found := self.count(last - timedelta(days=span), last)) < n:
            span += 7 * ((n - found) // self.per_week + 1)
        low, high = 1, span  # answer is last - (k - 1) for the smallest k with count(last - k, last) >= n
        while low < high:
            mid = (low + high) // 2
            if self.count(last - timedelta(days=mid), last) >= n:
                high = mid
            else:
                low = mid + 1
        return last - timedelta(days=low - 1)


def add_business_days(
    start: date, days: int, holidays: Iterable[date] = (), weekend: Iterable[int] = (5, 6)
) -> date:
    """Move `days` business days from `start` (see the module notes for the exact rules)."""
    if not isinstance(days, int) or isinstance(days, bool):
        raise TypeError("days must be an int")
    calendar = _Calendar(holidays, weekend)
    if days > 0:
        return calendar.forward(start, days)
    if days < 0:
        return calendar.backward(start, -days)
    return start if calendar.is_business(start) else calendar.forward(start, 1)


def business_days_between(
    start: date, end: date, holidays: Iterable[date] = (), weekend: Iterable[int] = (5, 6)
) -> int:
    """Business days in (start, end], negated when end is before start."""
    calendar = _Calendar(holidays, weekend)
    if end >= start:
        return calendar.count(start, end)
    return -calendar.count(end, start)
