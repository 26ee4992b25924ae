# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def match_orders(events):
    buys, sells, remaining, trades = [], [], {}, []
    for arrival, ev in enumerate(events):
        if ev[0] == "cancel":
            remaining.pop(ev[1], None)
            continue
        if ev[0] not in ("buy", "sell"):
            raise ValueError("unknown event")
        kind, oid, price, qty = ev
        if price <= 0 or qty <= 0:
            raise ValueError("bad order")
        if oid in remaining:
            raise ValueError("duplicate")
        book = sells if kind == "buy" else buys
        while qty and book:
            key, _, rid = book[0]
            if rid not in remaining:
                heapq.heappop(book)
                continue
            rprice = key if kind == "buy" else -key
            if (kind == "buy" and rprice > price) or (kind == "sell" and rprice < price):
                break
            fill = min(qty, remaining[rid])
            trades.append((oid, rid, rprice, fill) if kind == "buy" else (rid, oid, rprice, fill))
            qty -= fill
            remaining[rid] -= fill
            if remaining[rid] == 0:
                del remaining[rid]
                heapq.heappop(book)
        if qty:
            remaining[oid] = qty
            heapq.heappush(buys if kind == "buy" else sells, (-price if kind == "buy" else price, arrival, oid))
    return trades
