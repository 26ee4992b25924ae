# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_burst(m):
    return m.peak_load([0, 100, 150, 180, 900, 1000, 1100, 1150], 200)


@case("edge")
def window_end_is_exclusive(m):
    return [m.peak_load([0, 10, 20, 30], 10), m.peak_load([0, 10, 20, 30], 11), m.peak_load([0, 10, 20, 30], 30)]


@case("edge")
def earliest_start_on_ties(m):
    return m.peak_load([5, 6, 50, 51, 90, 91], 5)


@case("edge")
def duplicate_timestamps(m):
    return [m.peak_load([7, 7, 7, 8, 20, 20], 1), m.peak_load([3, 3, 3, 3], 1)]


@case("edge")
def window_covers_everything(m):
    return m.peak_load([-40, -5, 0, 12, 99], 10_000)


@case("edge")
def empty_and_single(m):
    return [m.peak_load([], 10), m.peak_load([42], 1)]


@case("edge")
def input_not_modified(m):
    stamps = [1, 2, 2, 9]
    result = m.peak_load(stamps, 3)
    return result, stamps


@case("error-handling")
def zero_window(m):
    return m.peak_load([1, 2, 3], 0)


@case("error-handling")
def negative_window(m):
    return m.peak_load([1, 2, 3], -10)


@case("error-handling")
def unsorted(m):
    return m.peak_load([1, 5, 3, 8], 10)


@case()
def random_traffic(m):
    rng = random.Random(7)
    stamps = sorted(rng.randrange(0, 50_000) for _ in range(2_000))
    return [m.peak_load(stamps, w) for w in (1, 37, 250, 1_000)]


@case("perf")
def heavy_traffic(m):
    rng = random.Random(11)
    stamps = sorted(rng.randrange(0, 40_000) for _ in range(80_000))
    return m.peak_load(stamps, 1_500)
