# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def reported_examples(m):
    return [m.best_window([5, 1, 1, 1, 9], days=2), m.best_window([-3, -1, -4, -2], days=2)]


@case()
def default_week(m):
    daily = [120, 80, 95, 130, 160, 210, 190, 60, 70, 300, 310, 90, 85, 100]
    return m.best_window(daily)


@case("edge")
def first_window_is_best(m):
    return m.best_window([10, 9, 1, 2, 3, 2], days=2)


@case("edge")
def last_window_is_best(m):
    return [m.best_window([1, 2, 3, 4], days=3), m.best_window([0, 0, 0, 1], days=1)]


@case("edge")
def window_equals_length(m):
    return [m.best_window([4, -1, 2], days=3), m.best_window([-7], days=1)]


@case("edge")
def ties_pick_earliest(m):
    return [m.best_window([3, 1, 3, 1, 3], days=2), m.best_window([0, 0, 0], days=1)]


@case("edge")
def floats(m):
    start, total = m.best_window([0.5, 0.25, -0.125, 1.5, -2.0], days=2)
    return start, round(total, 9)


@case("error-handling")
def window_too_long(m):
    return m.best_window([1, 2, 3], days=4)


@case("error-handling")
def window_zero(m):
    return m.best_window([1, 2, 3], days=0)


@case("error-handling")
def empty_history(m):
    return m.best_window([], days=1)


@case()
def random_store(m):
    rng = random.Random(7)
    daily = [rng.randrange(-500, 800) for _ in range(400)]
    return [m.best_window(daily, days=d) for d in (1, 2, 7, 30, 400)]


@case("perf")
def long_history_wide_window(m):
    rng = random.Random(11)
    daily = [rng.randrange(-1000, 1000) for _ in range(80_000)]
    return m.best_window(daily, days=25_000)
