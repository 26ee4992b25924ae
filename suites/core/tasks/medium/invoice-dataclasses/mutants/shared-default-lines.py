# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def _cents(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


class LineItem:
    def __init__(self, description, quantity, unit_price, tax_percent=20):
        description = description.strip()
        if not description:
            raise ValueError("empty description")
        if type(quantity) is not int or quantity < 1:
            raise ValueError("quantity")
        if type(tax_percent) is not int or not 0 <= tax_percent <= 100:
            raise ValueError("tax_percent")
        if isinstance(unit_price, str):
            try:
                unit_price = Decimal(unit_price)
            except InvalidOperation:
                raise TypeError("not a number")
        elif type(unit_price) is int:
            unit_price = Decimal(unit_price)
        elif not isinstance(unit_price, Decimal):
            raise TypeError("unit_price")
        if unit_price < 0:
            raise ValueError("negative price")
        self.description = description
        self.quantity = quantity
        self.unit_price = unit_price
        self.tax_percent = tax_percent
        self.total = _cents(quantity * unit_price)

    def __eq__(self, other):
        if not isinstance(other, LineItem):
            return NotImplemented
        return (self.description, self.quantity, self.unit_price, self.tax_percent) == (
            other.description, other.quantity, other.unit_price, other.tax_percent)


class Invoice:
    def __init__(self, number, lines=[]):
        if not re.fullmatch(r"INV-[0-9]{6}", number):
            raise ValueError(number)
        self.number = number
        self.lines = lines

    def add(self, description, quantity, unit_price, tax_percent=20):
        item = LineItem(description, quantity, unit_price, tax_percent)
        self.lines.append(item)
        return item

    def subtotal(self):
        return sum((l.total for l in self.lines), Decimal(0))

    def tax_summary(self):
        groups = {}
        for l in self.lines:
            groups[l.tax_percent] = groups.get(l.tax_percent, Decimal(0)) + l.total
        return [(r, t, _cents(t * r / 100)) for r, t in sorted(groups.items(), reverse=True)]

    def total(self):
        return self.subtotal() + sum((tax for _, _, tax in self.tax_summary()), Decimal(0))
