# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Proportional allocation of money in whole minor units (largest-remainder method)."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

MINOR_UNITS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "KRW": 0, "BHD": 3, "KWD": 3, "CLF": 4}


def _to_units(amount: Decimal | str, places: int) -> int:
    """The amount in minor units, rounded half-even."""
    if isinstance(amount, str):
        try:
            amount = Decimal(amount.strip())
        except InvalidOperation:
            raise ValueError(f"not a decimal amount: {amount!r}") from None
    elif not isinstance(amount, Decimal):
        raise TypeError("amount must be a Decimal or a string")
    if not amount.is_finite():
        raise ValueError("amount must be finite")
    return int(amount.scaleb(places).to_integral_value(rounding=ROUND_HALF_EVEN))


def allocate(amount: Decimal | str, weights: list[int], currency: str) -> list[Decimal]:
    """Split `amount` proportionally to `weights` so that the parts add up exactly."""
    if currency not in MINOR_UNITS:
        raise ValueError(f"unknown currency {currency!r}")
    places = MINOR_UNITS[currency]
    units = _to_units(amount, places)
    if not weights or any(not isinstance(w, int) or isinstance(w, bool) or w < 0 for w in weights):
        raise ValueError("weights must be non-negative integers")
    total = sum(weights)
    if total == 0:
        raise ValueError("weights must not all be zero")

    sign = 1
    shares = [divmod(units * w, total) for w in weights]   # (whole units, discarded fraction × total)
    parts = [whole for whole, _ in shares]
    leftover = units - sum(parts)
    by_fraction = sorted(range(len(weights)), key=lambda i: -shares[i][1])  # stable: lower index first
    for i in by_fraction[:abs(leftover)]:
        parts[i] += 1 if leftover > 0 else -1
    return [Decimal(sign * p).scaleb(-places) if p else Decimal(0).scaleb(-places) for p in parts]
