# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right


class PriceHistory:
    def __init__(self, changes):
        self.days, self.prices = [], []
        for day, price in changes:
            if price < 0 or (self.days and day < self.days[-1]):
                raise ValueError("bad change")
            if self.days and day == self.days[-1]:
                self.prices[-1] = price
            else:
                self.days.append(day)
                self.prices.append(price)

    def price_on(self, day):
        i = bisect_right(self.days, day) - 1
        return self.prices[i] if i >= 0 else None

    def cost_between(self, start, end):
        if start > end:
            raise ValueError("reversed")
        total = 0
        i = bisect_right(self.days, start) - 1
        day = start
        while day < end:
            nxt = min(self.days[i + 1], end) if i + 1 < len(self.days) else end
            if i >= 0:
                total += (nxt - day).days * self.prices[i]
            day, i = nxt, i + 1
        return total
