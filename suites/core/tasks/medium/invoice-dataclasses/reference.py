# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Invoice and line-item dataclasses with Decimal money and per-rate tax totals."""
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: Decimal
    tax_percent: int = 20
    total: Decimal = field(init=False)

    def __post_init__(self) -> None:
        self.description = self.description.strip()
        if not self.description:
            raise ValueError("description must not be empty")
        if not _is_int(self.quantity) or self.quantity < 1:
            raise ValueError("quantity must be an int >= 1")
        if not _is_int(self.tax_percent) or not 0 <= self.tax_percent <= 100:
            raise ValueError("tax_percent must be an int from 0 to 100")
        price = self.unit_price
        if isinstance(price, str):
            try:
                price = Decimal(price)
            except InvalidOperation:
                raise TypeError(f"not a number: {self.unit_price!r}") from None
        elif _is_int(price):
            price = Decimal(price)
        elif not isinstance(price, Decimal):
            raise TypeError(f"unit_price must be Decimal, str or int, not {type(price).__name__}")
        if not price.is_finite():
            raise TypeError(f"not a finite number: {self.unit_price!r}")
        if price < 0:
            raise ValueError("unit_price must not be negative")
        self.unit_price = price
        self.total = _cents(self.quantity * price)


@dataclass
class Invoice:
    number: str
    lines: list[LineItem] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not re.fullmatch(r"INV-[0-9]{6}", self.number):
            raise ValueError(f"bad invoice number {self.number!r}")

    def add(self, description: str, quantity: int, unit_price: Decimal | str | int, tax_percent: int = 20) -> LineItem:
        item = LineItem(description, quantity, unit_price, tax_percent)
        self.lines.append(item)
        return item

    def subtotal(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))

    def tax_summary(self) -> list[tuple[int, Decimal, Decimal]]:
        taxable: dict[int, Decimal] = {}
        for line in self.lines:
            taxable[line.tax_percent] = taxable.get(line.tax_percent, Decimal("0")) + line.total
        return [(rate, amount, _cents(amount * rate / 100)) for rate, amount in sorted(taxable.items(), reverse=True)]

    def total(self) -> Decimal:
        return self.subtotal() + sum((tax for _, _, tax in self.tax_summary()), Decimal("0"))
