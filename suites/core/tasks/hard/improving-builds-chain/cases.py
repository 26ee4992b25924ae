# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def prompt_example(m):
    return m.improving_chain([3, 1, 2, 5, 4, 6])


@case()
def prefers_earlier_builds(m):
    return [m.improving_chain([5, 1, 6, 2, 7, 3]), m.improving_chain([2, 9, 3, 8, 4, 7, 1, 5, 6])]


@case()
def float_scores(m):
    return m.improving_chain([10.5, 10.25, 10.75, 10.5, 11.0, 10.9, 12.0, 11.5])


@case("edge")
def equal_scores_do_not_count(m):
    return [m.improving_chain([4, 4, 4]), m.improving_chain([1, 2, 2, 3, 3, 4]), m.improving_chain([2, 1, 1, 2])]


@case("edge")
def empty_and_single(m):
    return [m.improving_chain([]), m.improving_chain([42])]


@case("edge")
def strictly_decreasing(m):
    return m.improving_chain([9, 7, 5, 3, -1, -8])


@case("edge")
def negative_and_mixed_numbers(m):
    return m.improving_chain([-5, 0.5, -3, -2.5, 1, -1, 0, 0.25, 7])


@case("edge")
def later_start_is_longer(m):
    return m.improving_chain([100, 200, 1, 2, 3, 150, 4])


@case("error-handling")
def nan_score(m):
    return m.improving_chain([1.0, float("nan"), 2.0])


@case("perf")
def many_builds(m):
    rng = random.Random(7)
    scores = []
    level = 0.0
    for _ in range(150_000):
        level += rng.uniform(-1.0, 1.05)
        scores.append(round(level + rng.uniform(-30, 30), 1))
    chain = m.improving_chain(scores)
    return [len(chain), chain[:30], chain[-30:], sum(chain) % 1_000_003]
