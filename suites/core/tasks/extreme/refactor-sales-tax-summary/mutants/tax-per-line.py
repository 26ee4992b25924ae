# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Summarise invoice lines per tax code, rounding half-even to cents."""
from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Sequence

CENT = Decimal("0.01")

Line = tuple[str, int, str, str]  # (sku, quantity, unit price, tax code)


def _to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def tax_summary(lines: Sequence[Line], rates: dict[str, str]) -> dict:
    """Net and tax per tax code (sorted by code) plus invoice totals, all as strings.

    Each line's net (quantity × unit price) is rounded to cents; the tax of a code is computed on the sum
    of its rounded nets and then rounded. Raises ValueError for a non-positive quantity and KeyError for
    an unknown tax code, at the first offending line.
    """
    net_by_code: dict[str, Decimal] = defaultdict(Decimal)
    tax_by_code: dict[str, Decimal] = defaultdict(Decimal)
    for sku, quantity, unit_price, code in lines:
        if quantity <= 0:
            raise ValueError(f"quantity must be positive: {sku}")
        if code not in rates:
            raise KeyError(code)
        line_net = _to_cents(Decimal(unit_price) * quantity)
        net_by_code[code] += line_net
        tax_by_code[code] += _to_cents(line_net * Decimal(rates[code]))

    groups = []
    net_total = tax_total = Decimal("0.00")
    for code in sorted(net_by_code):
        net = net_by_code[code]
        tax = tax_by_code[code]
        groups.append((code, str(net), str(tax)))
        net_total += net
        tax_total += tax
    return {"groups": groups, "net": str(net_total), "tax": str(tax_total), "total": str(net_total + tax_total)}
