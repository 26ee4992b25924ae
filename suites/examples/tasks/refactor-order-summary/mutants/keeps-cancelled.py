def summarize_orders(orders):
    totals = {}
    for o in orders:
        totals[o["customer"]] = totals.get(o["customer"], 0) + o["qty"] * o["price"]
    ranked = sorted(((c, round(t, 2)) for c, t in totals.items()), key=lambda x: x[1])
    ranked.reverse()
    return ranked[:3]
