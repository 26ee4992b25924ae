# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def match_orders(events):
    book = {"buy": [], "sell": []}  # lists of [price, arrival, id, qty]
    seen = set()
    trades = []
    for arrival, ev in enumerate(events):
        if ev[0] == "cancel":
            for side in book.values():
                for o in side:
                    if o[2] == ev[1]:
                        side.remove(o)
                        break
            continue
        if ev[0] not in book:
            raise ValueError("unknown event")
        kind, oid, price, qty = ev
        if price <= 0 or qty <= 0:
            raise ValueError("bad order")
        if oid in seen:
            raise ValueError("duplicate")
        seen.add(oid)
        other = book["sell" if kind == "buy" else "buy"]
        while qty and other:
            if kind == "buy":
                best = min(other, key=lambda o: (o[0], o[1]))
                if best[0] > price:
                    break
            else:
                best = min(other, key=lambda o: (-o[0], o[1]))
                if best[0] < price:
                    break
            fill = min(qty, best[3])
            trades.append((oid, best[2], best[0], fill) if kind == "buy" else (best[2], oid, best[0], fill))
            qty -= fill
            best[3] -= fill
            if best[3] == 0:
                other.remove(best)
        if qty:
            book[kind].append([price, arrival, oid, qty])
    return trades
