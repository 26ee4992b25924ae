# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Limit order book with price-time priority, using two heaps and lazy cancellation."""
import heapq


def match_orders(events: list[tuple]) -> list[tuple[str, str, int, int]]:
    """Replay events through the book and return the trades as (buy, sell, price, qty)."""
    # Heap entries: (priority price, arrival number, order id). Buys use -price for a max-heap.
    buys: list[tuple[int, int, str]] = []
    sells: list[tuple[int, int, str]] = []
    remaining: dict[str, int] = {}  # open quantity of resting orders
    seen_ids: set[str] = set()
    trades: list[tuple[str, str, int, int]] = []

    for arrival, event in enumerate(events):
        kind = event[0]
        if kind == "cancel":
            remaining.pop(event[1], None)
            continue
        if kind not in ("buy", "sell"):
            raise ValueError(f"unknown event kind {kind!r}")
        _, order_id, price, qty = event
        if price <= 0 or qty <= 0:
            raise ValueError(f"order {order_id!r} needs a positive price and quantity")
        if order_id in seen_ids:
            raise ValueError(f"duplicate order id {order_id!r}")
        seen_ids.add(order_id)

        book = sells if kind == "buy" else buys
        while qty and book:
            key, _, resting_id = book[0]
            if resting_id not in remaining:  # cancelled or filled: drop lazily
                heapq.heappop(book)
                continue
            resting_price = key if kind == "buy" else -key
            if (kind == "buy" and resting_price > price) or (kind == "sell" and resting_price < price):
                break
            fill = min(qty, remaining[resting_id])
            if kind == "buy":
                trades.append((order_id, resting_id, resting_price, fill))
            else:
                trades.append((resting_id, order_id, resting_price, fill))
            qty -= fill
            remaining[resting_id] -= fill
            if remaining[resting_id] == 0:
                del remaining[resting_id]
                heapq.heappop(book)

        if qty:
            remaining[order_id] = qty
            if kind == "buy":
                heapq.heappush(buys, (-price, arrival, order_id))
            else:
                heapq.heappush(sells, (price, arrival, order_id))
    return trades
