# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
from datetime import date, timedelta

from pyarena_cases import case

PLAN = [(date(2024, 1, 1), 100), (date(2024, 3, 1), 120), (date(2024, 3, 15), 90), (date(2024, 7, 1), 150)]


@case()
def price_lookups(m):
    history = m.PriceHistory(PLAN)
    days = [date(2024, 1, 1), date(2024, 2, 29), date(2024, 3, 1), date(2024, 3, 14), date(2024, 3, 15),
            date(2024, 6, 30), date(2024, 7, 1), date(2030, 1, 1)]
    return [history.price_on(d) for d in days]


@case("edge")
def before_first_change(m):
    history = m.PriceHistory(PLAN)
    return [history.price_on(date(2023, 12, 31)), history.price_on(date(1990, 1, 1))]


@case()
def costs_across_changes(m):
    history = m.PriceHistory(PLAN)
    return [history.cost_between(date(2024, 1, 1), date(2024, 1, 2)),
            history.cost_between(date(2024, 2, 28), date(2024, 3, 2)),
            history.cost_between(date(2024, 1, 1), date(2024, 7, 1)),
            history.cost_between(date(2024, 3, 14), date(2024, 3, 16)),
            history.cost_between(date(2024, 6, 1), date(2025, 6, 1))]


@case("edge")
def empty_ranges(m):
    history = m.PriceHistory(PLAN)
    return [history.cost_between(date(2024, 3, 1), date(2024, 3, 1)),
            history.cost_between(date(2020, 5, 5), date(2020, 5, 5))]


@case("edge")
def corrections_on_the_same_day(m):
    history = m.PriceHistory([(date(2024, 1, 1), 100), (date(2024, 2, 1), 80), (date(2024, 2, 1), 85),
                              (date(2024, 2, 1), 90), (date(2024, 3, 1), 0)])
    return [history.price_on(date(2024, 2, 1)), history.price_on(date(2024, 2, 29)),
            history.cost_between(date(2024, 1, 31), date(2024, 3, 3))]


@case("edge")
def generator_input_and_no_changes(m):
    history = m.PriceHistory((date(2024, 1, d), d * 10) for d in (1, 10, 20))
    empty = m.PriceHistory([])
    return [history.price_on(date(2024, 1, 15)), history.cost_between(date(2024, 1, 5), date(2024, 1, 25)),
            empty.price_on(date(2024, 1, 1)), empty.cost_between(date(2024, 1, 1), date(2024, 1, 1))]


@case("error-handling")
def range_starts_before_first_price(m):
    return m.PriceHistory(PLAN).cost_between(date(2023, 12, 31), date(2024, 1, 5))


@case("error-handling")
def reversed_range(m):
    return m.PriceHistory(PLAN).cost_between(date(2024, 5, 1), date(2024, 4, 1))


@case("error-handling")
def changes_out_of_order(m):
    return m.PriceHistory([(date(2024, 1, 1), 100), (date(2024, 3, 1), 120), (date(2024, 2, 1), 110)])


@case("error-handling")
def negative_price(m):
    return m.PriceHistory([(date(2024, 1, 1), 100), (date(2024, 3, 1), -5)])


@case("perf")
def long_ranges(m):
    rng = random.Random(7)
    day = date(1990, 1, 1)
    changes = []
    for _ in range(400):
        changes.append((day, rng.randrange(50, 500)))
        day += timedelta(days=rng.randrange(1, 60))
    history = m.PriceHistory(changes)
    total = 0
    for _ in range(2_000):
        start = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 8_000))
        total += history.cost_between(start, start + timedelta(days=rng.randrange(3_000, 9_000)))
        total += history.price_on(start)
    return total
