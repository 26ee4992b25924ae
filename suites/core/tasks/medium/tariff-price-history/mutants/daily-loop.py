# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_right
from datetime import timedelta


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
        day = start
        while day < end:
            price = self.price_on(day)
            if price is None:
                raise ValueError("no price")
            total += price
            day += timedelta(days=1)
        return total
