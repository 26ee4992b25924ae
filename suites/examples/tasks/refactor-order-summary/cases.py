from pyarena_cases import case


def order(customer, qty, price, status="paid"):
    return {"customer": customer, "qty": qty, "price": price, "status": status}


@case()
def basic(m):
    return m.summarize_orders([order("ann", 2, 5.0), order("bob", 1, 3.5), order("ann", 1, 1.25)])


@case()
def cancelled_ignored(m):
    return m.summarize_orders([order("ann", 1, 100, "cancelled"), order("bob", 1, 1)])


@case("edge")
def top_three_only(m):
    return m.summarize_orders([order(c, 1, p) for c, p in zip("abcde", [5, 1, 4, 2, 3])])


@case("edge")
def ties_keep_reversed_order(m):
    return m.summarize_orders([order("x", 1, 2), order("y", 1, 2), order("z", 1, 2), order("w", 1, 2)])


@case("edge")
def empty(m):
    return m.summarize_orders([])


@case("edge")
def rounding(m):
    return m.summarize_orders([order("ann", 3, 0.1), order("ann", 1, 0.005)])


@case()
def int_totals_stay_int(m):
    return [type(t).__name__ for _, t in m.summarize_orders([order("a", 2, 3)])]
