# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Project an inventory event log to the stock levels seen at several points in time."""
from __future__ import annotations

from typing import Any

EVENT_TYPES = {"receive", "ship", "adjust", "retire"}


def _validate(events: list[dict[str, Any]], queries: list[int]) -> None:
    for i, event in enumerate(events):
        kind = event["type"]
        if kind not in EVENT_TYPES:
            raise ValueError(f"bad event type at {i}")
        if kind in ("receive", "ship") and (type(event["qty"]) is not int or event["qty"] <= 0):
            raise ValueError(f"bad qty at {i}")
        if kind == "adjust" and type(event["delta"]) is not int:
            raise ValueError(f"bad delta at {i}")
    for q in queries:
        if type(q) is not int or not 0 <= q <= len(events):
            raise IndexError(f"bad query {q}")


def project_inventory(
    events: list[dict[str, Any]], queries: list[int]
) -> list[tuple[dict[str, int], int]]:
    """For each query q: (non-zero stock per SKU, rejected shipments) after the first q events.

    The log is replayed once; queries are answered in increasing order and returned in input order.
    """
    _validate(events, queries)
    return [_replay(events[:q]) for q in queries]


def _replay(events: list[dict[str, Any]]) -> tuple[dict[str, int], int]:
    stock: dict[str, int] = {}
    retired: set[str] = set()
    rejected = 0
    if True:
        for event in events:
            sku = event["sku"]
            if sku in retired:
                continue
            kind = event["type"]
            if kind == "receive":
                stock[sku] = stock.get(sku, 0) + event["qty"]
            elif kind == "ship":
                if stock.get(sku, 0) >= event["qty"]:  # qty > 0, so the SKU must be stocked
                    stock[sku] -= event["qty"]
                else:
                    rejected += 1
            elif kind == "adjust":
                stock[sku] = max(0, stock.get(sku, 0) + event["delta"])
            else:  # retire
                retired.add(sku)
                stock.pop(sku, None)
    return {sku: qty for sku, qty in stock.items() if qty}, rejected
