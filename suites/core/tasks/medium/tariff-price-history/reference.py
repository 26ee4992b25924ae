# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date


class PriceHistory:
    """Daily prices that change on given days; the last entry for a repeated day wins."""

    def __init__(self, changes: Iterable[tuple[date, int]]) -> None:
        self._days: list[date] = []
        self._prices: list[int] = []
        for day, price in changes:
            if price < 0:
                raise ValueError(f"negative price on {day}")
            if self._days and day < self._days[-1]:
                raise ValueError(f"{day} comes after {self._days[-1]}")
            if self._days and day == self._days[-1]:
                self._prices[-1] = price
            else:
                self._days.append(day)
                self._prices.append(price)

    def _index_on(self, day: date) -> int:
        """Index of the change in effect on `day`, or -1 before the first change."""
        return bisect_right(self._days, day) - 1

    def price_on(self, day: date) -> int | None:
        index = self._index_on(day)
        return self._prices[index] if index >= 0 else None

    def cost_between(self, start: date, end: date) -> int:
        if start > end:
            raise ValueError("start must not be after end")
        if start == end:
            return 0
        index = self._index_on(start)
        if index < 0:
            raise ValueError(f"no price in effect on {start}")
        total = 0
        day = start
        while day < end:
            next_change = self._days[index + 1] if index + 1 < len(self._days) else end
            segment_end = min(next_change, end)
            total += (segment_end - day).days * self._prices[index]
            day = segment_end
            index += 1
        return total
