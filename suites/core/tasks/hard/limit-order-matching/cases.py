# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def simple_cross(m):
    return m.match_orders([("sell", "s1", 101, 5), ("sell", "s2", 100, 3), ("buy", "b1", 101, 6)])


@case()
def partial_fill_rests_and_trades_later(m):
    return m.match_orders([
        ("buy", "b1", 99, 10),
        ("sell", "s1", 98, 4),
        ("sell", "s2", 100, 5),
        ("buy", "b2", 100, 2),
        ("sell", "s3", 95, 20),
        ("buy", "b3", 96, 5),
    ])


@case()
def time_priority_at_same_price(m):
    return m.match_orders([
        ("buy", "early", 50, 3),
        ("buy", "better", 51, 1),
        ("buy", "late", 50, 3),
        ("sell", "x", 50, 6),
    ])


@case()
def trade_at_resting_price(m):
    return m.match_orders([("buy", "b1", 120, 1), ("sell", "s1", 80, 1), ("sell", "s2", 80, 1), ("buy", "b2", 200, 1)])


@case("edge")
def cancels(m):
    return m.match_orders([
        ("sell", "s1", 10, 5),
        ("sell", "s2", 10, 5),
        ("cancel", "s1"),
        ("cancel", "nope"),
        ("buy", "b1", 10, 3),
        ("cancel", "s2"),
        ("cancel", "s2"),
        ("buy", "b2", 10, 3),
        ("sell", "s3", 9, 1),
    ])


@case("edge")
def no_cross_and_empty(m):
    return [m.match_orders([("buy", "b", 10, 1), ("sell", "s", 11, 1)]), m.match_orders([])]


@case("edge")
def aggressor_sweeps_many_levels(m):
    events = [("sell", f"s{i}", 100 + i % 4, 1 + i % 3) for i in range(12)]
    events.append(("buy", "sweeper", 102, 15))
    return m.match_orders(events)


@case("error-handling")
def duplicate_id(m):
    return m.match_orders([("buy", "a", 10, 1), ("sell", "b", 10, 1), ("buy", "a", 11, 1)])


@case("error-handling")
def zero_quantity(m):
    return m.match_orders([("buy", "a", 10, 0)])


@case("error-handling")
def unknown_event(m):
    return m.match_orders([("buy", "a", 10, 1), ("amend", "a", 11, 1)])


@case("perf")
def replay_day(m):
    rng = random.Random(7)
    events = []
    for i in range(120_000):
        r = rng.random()
        if r < 0.05 and i > 10:
            events.append(("cancel", f"o{rng.randrange(i)}"))
        elif r < 0.52:
            events.append(("buy", f"o{i}", rng.randint(900, 1004), rng.randint(1, 50)))
        else:
            events.append(("sell", f"o{i}", rng.randint(996, 1100), rng.randint(1, 50)))
    trades = m.match_orders(events)
    return [len(trades), sum(t[3] for t in trades), sum(t[2] * t[3] for t in trades), trades[:5], trades[-5:]]
