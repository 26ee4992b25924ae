import random

from pyarena_cases import case


@case()
def small(m):
    return m.count_inversions([2, 4, 1, 3, 5])


@case("edge")
def empty(m):
    return m.count_inversions([])


@case("edge")
def duplicates_are_not_inversions(m):
    return m.count_inversions([1, 1, 1, 0])


@case("edge")
def reversed_list(m):
    return m.count_inversions(list(range(100, 0, -1)))


@case("edge")
def input_not_modified(m):
    values = [3, 2, 1]
    m.count_inversions(values)
    return values


@case("perf")
def large_random(m):
    rng = random.Random(7)
    return m.count_inversions([rng.randrange(10**6) for _ in range(200_000)])
