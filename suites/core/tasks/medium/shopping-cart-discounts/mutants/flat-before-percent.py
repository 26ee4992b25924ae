# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A shopping cart in integer cents with BOGO, percentage and flat discount codes."""
import re


class Cart:
    """A cart of sku lines; discounts apply in the order BOGO, percentage, flat."""

    def __init__(self) -> None:
        self._lines: dict[str, list[int]] = {}  # sku -> [unit_price, qty], insertion ordered
        self._percent: int | None = None
        self._flats: dict[str, int] = {}
        self._bogo: set[str] = set()

    @staticmethod
    def _positive_int(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and value > 0

    def add(self, sku: str, unit_price: int, qty: int = 1) -> None:
        if not self._positive_int(qty):
            raise ValueError("qty must be a positive integer")
        if not isinstance(unit_price, int) or isinstance(unit_price, bool) or unit_price < 0:
            raise ValueError("unit_price must be a non-negative integer")
        if sku in self._lines:
            if self._lines[sku][0] != unit_price:
                raise ValueError(f"{sku} is already in the cart at another price")
            self._lines[sku][1] += qty
        else:
            self._lines[sku] = [unit_price, qty]

    def remove(self, sku: str, qty: int | None = None) -> None:
        if sku not in self._lines:
            raise KeyError(sku)
        if qty is None:
            del self._lines[sku]
            return
        if not self._positive_int(qty):
            raise ValueError("qty must be a positive integer")
        line = self._lines[sku]
        if qty > line[1]:
            raise ValueError(f"only {line[1]} of {sku} in the cart")
        line[1] -= qty
        if line[1] == 0:
            del self._lines[sku]

    def apply_code(self, code: str) -> None:
        if match := re.fullmatch(r"SAVE([0-9]+)", code):
            percent = int(match.group(1))
            if not 1 <= percent <= 90:
                raise ValueError(f"invalid percentage in {code!r}")
            self._percent = percent
        elif match := re.fullmatch(r"FLAT([0-9]+)", code):
            amount = int(match.group(1))
            if amount <= 0:
                raise ValueError(f"invalid amount in {code!r}")
            self._flats[code] = amount
        elif code.startswith("BOGO-") and len(code) > len("BOGO-"):
            self._bogo.add(code[len("BOGO-"):])
        else:
            raise ValueError(f"unknown discount code {code!r}")

    def lines(self) -> list[tuple[str, int, int]]:
        return [(sku, qty, qty * price) for sku, (price, qty) in self._lines.items()]

    def subtotal(self) -> int:
        return sum(total for _, _, total in self.lines())

    def total(self) -> int:
        amount = self.subtotal()
        for sku in self._bogo:
            if sku in self._lines:
                price, qty = self._lines[sku]
                amount -= (qty // 2) * price
        amount -= sum(self._flats.values())
        if self._percent is not None:
            amount -= amount * self._percent // 100
        return max(amount, 0)
