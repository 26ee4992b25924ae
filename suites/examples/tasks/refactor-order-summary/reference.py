from collections import defaultdict


def summarize_orders(orders: list[dict]) -> list[tuple[str, float]]:
    """Top three customers by total spent on orders that were not cancelled."""
    totals: dict[str, float] = defaultdict(int)
    for order in orders:
        if order["status"] != "cancelled":
            totals[order["customer"]] += order["qty"] * order["price"]
    rounded = [(customer, round(total, 2)) for customer, total in totals.items()]
    # sorted() is stable and reverse() flips ties: keep the original tie order exactly.
    ranked = sorted(rounded, key=lambda item: item[1])
    ranked.reverse()
    return ranked[:3]
