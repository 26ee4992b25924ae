# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

N = None


@case()
def small_week(m):
    return m.cheapest_rota([[4, 1, 3], [2, 0, 5], [3, 2, 2]])


@case()
def greedy_is_not_enough(m):
    return m.cheapest_rota([[1, 2, 9], [1, 50, 60], [9, 1, 70]])


@case("edge")
def unavailable_people(m):
    return [m.cheapest_rota([[N, 5, N], [3, N, N], [N, 1, 8]]), m.cheapest_rota([[N, 5], [N, 7]]),
            m.cheapest_rota([[N, N, N]])]


@case("edge")
def ties_pick_smallest_rota(m):
    return [m.cheapest_rota([[1, 1, 1], [1, 1, 1]]), m.cheapest_rota([[2, 1, 3], [1, 2, 3]]),
            m.cheapest_rota([[0, 0], [0, 0]])]


@case("edge")
def empty_and_too_few_people(m):
    return [m.cheapest_rota([]), m.cheapest_rota([[1], [2]]), m.cheapest_rota([[]]), m.cheapest_rota([[7]])]


@case("edge")
def negative_costs_are_bonuses(m):
    return m.cheapest_rota([[-5, 3, 0, 2], [4, -2, N, 1], [0, 0, -1, N]])


@case("error-handling")
def ragged_rows(m):
    return m.cheapest_rota([[1, 2, 3], [1, 2]])


@case("perf")
def full_roster(m):
    rng = random.Random(7)
    results = []
    for shifts, people in ((13, 13), (12, 14), (10, 12)):
        costs = [[None if rng.random() < 0.2 else rng.randrange(1, 30) for _ in range(people)]
                 for _ in range(shifts)]
        results.append(m.cheapest_rota(costs))
    return results
