# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def rcv(sku, qty):
    return {"type": "receive", "sku": sku, "qty": qty}


def ship(sku, qty):
    return {"type": "ship", "sku": sku, "qty": qty}


def adj(sku, delta):
    return {"type": "adjust", "sku": sku, "delta": delta}


def retire(sku):
    return {"type": "retire", "sku": sku}


def _try(fn):
    try:
        return ("ok", fn())
    except Exception as exc:  # the error type is part of the behaviour to keep
        return type(exc).__name__


LOG = [rcv("bolt", 10), rcv("nut", 5), ship("bolt", 3), ship("nut", 9), adj("bolt", -10), adj("washer", 4),
       ship("washer", 4), rcv("bolt", 2), retire("nut"), rcv("nut", 7), ship("nut", 1), adj("gear", -3)]


@case()
def every_point_in_time(m):
    return m.project_inventory(LOG, list(range(len(LOG) + 1)))


@case()
def queries_in_any_order_with_repeats(m):
    return m.project_inventory(LOG, [12, 3, 0, 7, 3, 12, 9])


@case("edge")
def degenerate_inputs(m):
    return [
        m.project_inventory([], []),
        m.project_inventory([], [0, 0]),
        m.project_inventory(LOG, []),
        m.project_inventory([ship("ghost", 1), adj("ghost", 0), rcv("ünï", 1)], [3, 1, 2]),
        m.project_inventory([retire("x"), rcv("x", 5), ship("x", 9), adj("x", 2)], [4]),
    ]


@case("edge")
def unreached_events_are_not_replayed(m):
    # a malformed event (no "sku") after the last query point is never replayed
    return m.project_inventory([rcv("a", 1), {"type": "receive", "qty": 3}], [1, 0])


@case("error-handling")
def validation_happens_up_front(m):
    good = [rcv("a", 1), ship("a", 1)]
    return [
        _try(lambda: m.project_inventory(good + [{"type": "refund", "sku": "a"}], [0])),
        _try(lambda: m.project_inventory(good + [rcv("a", 0)], [1])),
        _try(lambda: m.project_inventory(good + [ship("a", -2)], [1])),
        _try(lambda: m.project_inventory(good + [rcv("a", 1.0)], [1])),
        _try(lambda: m.project_inventory(good + [rcv("a", True)], [1])),
        _try(lambda: m.project_inventory(good + [adj("a", 1.5)], [1])),
        _try(lambda: m.project_inventory(good, [3])),
        _try(lambda: m.project_inventory(good, [-1])),
        _try(lambda: m.project_inventory(good, [True])),
        _try(lambda: m.project_inventory(good + [{"type": "refund"}], [5])),
        _try(lambda: m.project_inventory(good + [{"sku": "a"}], [0])),
    ]


@case("perf")
def dashboard_over_a_long_log(m):
    rng = random.Random(7)
    skus = [f"SKU-{i:03d}" for i in range(80)]
    events = []
    for _ in range(60_000):
        sku = rng.choice(skus)
        r = rng.random()
        if r < 0.45:
            events.append(rcv(sku, rng.randrange(1, 30)))
        elif r < 0.85:
            events.append(ship(sku, rng.randrange(1, 25)))
        elif r < 0.9995:
            events.append(adj(sku, rng.randrange(-10, 11)))
        else:
            events.append(retire(sku))
    queries = [rng.randrange(len(events) + 1) for _ in range(1500)]
    out = m.project_inventory(events, queries)
    return [(sum(stock.values()), len(stock), rejected) for stock, rejected in out]
