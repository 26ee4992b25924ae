# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def prompt_example(m):
    return m.count_rosters(3, 2, 1, 2)


@case()
def small_grid(m):
    return [m.count_rosters(d, s, lo, hi) for d in range(1, 9) for s in (2, 3) for lo, hi in ((1, 1), (1, 3), (2, 3), (3, 5))]


@case()
def larger_than_modulus(m):
    return [m.count_rosters(60, 5, 1, 4), m.count_rosters(200, 9, 2, 7)]


@case("edge")
def zero_days(m):
    return [m.count_rosters(0, 4, 2, 3), m.count_rosters(0, 0, 1, 1)]


@case("edge")
def one_or_no_engineer(m):
    return [m.count_rosters(5, 1, 1, 5), m.count_rosters(5, 1, 1, 4), m.count_rosters(5, 1, 2, 3),
            m.count_rosters(4, 0, 1, 4)]


@case("edge")
def impossible_lengths(m):
    return [m.count_rosters(1, 3, 2, 4), m.count_rosters(7, 3, 4, 5), m.count_rosters(8, 3, 4, 5)]


@case("edge")
def fixed_stint_length(m):
    return [m.count_rosters(12, 3, 4, 4), m.count_rosters(13, 3, 4, 4)]


@case("error-handling")
def negative_days(m):
    return m.count_rosters(-1, 3, 1, 2)


@case("error-handling")
def zero_min_streak(m):
    return m.count_rosters(5, 3, 0, 2)


@case("error-handling")
def max_below_min(m):
    return m.count_rosters(5, 3, 3, 2)


@case("perf")
def long_horizon(m):
    return [m.count_rosters(100_000, 12, 3, 100_000), m.count_rosters(60_000, 5, 1000, 40_000)]
