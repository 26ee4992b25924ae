# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_plan(m):
    campaigns = [("radio", 4, 40), ("podcast", 3, 50), ("billboard", 5, 70), ("newsletter", 2, 30)]
    return [m.best_reach(campaigns, b) for b in (0, 2, 5, 7, 9, 14, 100)]


@case()
def greedy_by_ratio_is_wrong(m):
    campaigns = [("a", 6, 65), ("b", 5, 50), ("c", 5, 50)]
    return m.best_reach(campaigns, 10)


@case("edge")
def ties_prefer_cheaper(m):
    campaigns = [("x", 5, 30), ("y", 3, 30), ("z", 2, 10), ("w", 1, 20)]
    return [m.best_reach(campaigns, 6), m.best_reach(campaigns, 4)]


@case("edge")
def free_and_worthless_campaigns(m):
    campaigns = [("free", 0, 15), ("dud", 4, 0), ("ok", 4, 9), ("free-dud", 0, 0)]
    return [m.best_reach(campaigns, 0), m.best_reach(campaigns, 3), m.best_reach(campaigns, 8)]


@case("edge")
def each_campaign_once(m):
    return [m.best_reach([("tv", 2, 10)], 10), m.best_reach([("tv", 2, 10), ("tv", 2, 10)], 10)]


@case("edge")
def nothing_affordable_or_empty(m):
    return [m.best_reach([("tv", 20, 500)], 19), m.best_reach([], 50)]


@case("error-handling")
def negative_budget(m):
    return m.best_reach([("tv", 2, 10)], -1)


@case("error-handling")
def negative_price(m):
    return m.best_reach([("tv", 2, 10), ("refund", -3, 5)], 10)


@case("error-handling")
def negative_reach(m):
    return m.best_reach([("tv", 2, -10)], 10)


@case("perf")
def quarterly_plan(m):
    rng = random.Random(7)
    campaigns = []
    for i in range(150):
        price = rng.randint(10, 400)
        campaigns.append((f"c{i}", price, price * rng.randint(8, 12) + rng.randint(0, 50)))
    return [m.best_reach(campaigns, 5000), m.best_reach(campaigns, 777)]
