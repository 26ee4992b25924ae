# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right


class PriceHistory:
    def __init__(self, changes):
        self.changes = changes
        days = []
        for day, price in changes:
            if price < 0 or (days and day < days[-1]):
                raise ValueError("bad change")
            days.append(day)

    def _table(self):
        table = {}
        for day, price in self.changes:
            table[day] = price
        return sorted(table), [table[d] for d in sorted(table)]

    def price_on(self, day):
        days, prices = self._table()
        i = bisect_right(days, day) - 1
        return prices[i] if i >= 0 else None

    def cost_between(self, start, end):
        if start > end:
            raise ValueError("reversed")
        if start == end:
            return 0
        days, prices = self._table()
        i = bisect_right(days, start) - 1
        if i < 0:
            raise ValueError("no price")
        total, day = 0, start
        while day < end:
            nxt = min(days[i + 1], end) if i + 1 < len(days) else end
            total += (nxt - day).days * prices[i]
            day, i = nxt, i + 1
        return total
