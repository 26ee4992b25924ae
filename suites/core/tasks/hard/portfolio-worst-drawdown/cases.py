# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def prompt_example(m):
    return m.worst_drawdown([100, 120, 90, 130, 80, 125, 140])


@case()
def never_recovers(m):
    return m.worst_drawdown([500, 700, 650, 300, 400, 690])


@case()
def later_and_bigger(m):
    return m.worst_drawdown([10, 8, 50, 49, 60, 20, 61, 5, 70])


@case("edge")
def ties_pick_earliest_peak_then_trough(m):
    return [
        m.worst_drawdown([100, 60, 100, 60, 100]),
        m.worst_drawdown([80, 80, 50, 80, 50]),
        m.worst_drawdown([5, 9, 4, 9, 4, 9]),
    ]


@case("edge")
def recovery_at_equal_value(m):
    return m.worst_drawdown([300, 250, 299, 300, 280])


@case("edge")
def no_drawdown(m):
    return [m.worst_drawdown([]), m.worst_drawdown([42]), m.worst_drawdown([1, 1, 2, 3, 3, 10]),
            m.worst_drawdown([0, 0])]


@case("edge")
def drop_on_last_day_and_to_zero(m):
    return [m.worst_drawdown([1, 2, 3, 4, 0]), m.worst_drawdown([7, 3])]


@case("error-handling")
def negative_value(m):
    return m.worst_drawdown([100, 50, -1, 200])


@case("perf")
def decades_of_snapshots(m):
    rng = random.Random(7)
    results = []
    for _ in range(3):
        value = 1_000_000
        series = []
        for _ in range(100_000):
            value = max(0, value + rng.randint(-1000, 1010))
            series.append(value)
        results.append(m.worst_drawdown(series))
    return results
