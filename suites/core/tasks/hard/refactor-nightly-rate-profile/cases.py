# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def season_and_event(m):
    return m.rate_profile([(0, 90, 120), (30, 40, 200), (35, 60, 150), (100, 120, 80)])


@case()
def nested_and_crossing(m):
    return m.rate_profile([(1, 10, 50), (2, 4, 70), (3, 8, 60), (5, 6, 90), (9, 12, 50), (12, 14, 40)])


@case("edge")
def touching_rules_with_same_price_do_not_repeat(m):
    return [m.rate_profile([(0, 5, 100), (5, 9, 100)]), m.rate_profile([(0, 5, 100), (6, 9, 100)]),
            m.rate_profile([(0, 10, 100), (3, 6, 100)])]


@case("edge")
def zero_prices_and_empty(m):
    return [m.rate_profile([]), m.rate_profile([(0, 4, 0)]), m.rate_profile([(0, 4, 0), (2, 3, 5)]),
            m.rate_profile([(0, 10, 7), (2, 5, 0)])]


@case("edge")
def negative_nights_and_duplicates(m):
    return m.rate_profile([(-10, -2, 30), (-10, -2, 30), (-5, 3, 45), (3, 4, 45), (-20, 100, 10)])


@case("edge")
def input_not_modified(m):
    rules = [(5, 9, 3), (1, 2, 8), (0, 7, 4)]
    copy = list(rules)
    profile = m.rate_profile(rules)
    return [profile, rules == copy]


@case("error-handling")
def empty_rule(m):
    return m.rate_profile([(0, 5, 10), (7, 7, 10)])


@case("error-handling")
def negative_price(m):
    return m.rate_profile([(0, 5, -1)])


@case("perf")
def rate_history_since_2000(m):
    rng = random.Random(7)
    rules = []
    for _ in range(40_000):
        start = rng.randrange(0, 9000)
        rules.append((start, start + rng.randrange(1, 60), rng.randrange(0, 5000)))
    profile = m.rate_profile(rules)
    return len(profile), profile[:10], profile[-10:], sum(p for _, p in profile) % 1_000_003
