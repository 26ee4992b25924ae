# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def example(m):
    return m.peak_draw([(0, 10, 5), (4, 6, 3), (6, 8, 3)])


@case()
def several_windows(m):
    return m.peak_draw([(0, 4, 2), (1, 3, 2), (10, 20, 1), (12, 14, 3), (30, 31, 4), (-5, -1, 4)])


@case("edge")
def back_to_back_jobs_do_not_overlap(m):
    return m.peak_draw([(0, 5, 7), (5, 9, 7), (9, 12, 7)])


@case("edge")
def touching_windows_merge_across_jobs(m):
    return m.peak_draw([(0, 10, 4), (0, 5, 6), (5, 8, 2), (5, 8, 4), (8, 10, 6), (20, 30, 10)])


@case("edge")
def empty_and_zero_power(m):
    return [m.peak_draw([]), m.peak_draw([(1, 2, 0), (0, 9, 0)])]


@case("edge")
def single_and_duplicate_jobs(m):
    return [m.peak_draw([(3, 4, 1)]), m.peak_draw([(3, 8, 2), (3, 8, 2), (-7, 3, 4)])]


@case("edge")
def peak_between_dips(m):
    return m.peak_draw([(0, 100, 10), (10, 20, 5), (20, 30, 5), (30, 40, 4), (40, 50, 5)])


@case("error-handling")
def empty_range(m):
    return m.peak_draw([(0, 5, 1), (6, 6, 1)])


@case("error-handling")
def reversed_range(m):
    return m.peak_draw([(9, 2, 1)])


@case("error-handling")
def negative_power(m):
    return m.peak_draw([(0, 5, 1), (1, 2, -3)])


@case("perf")
def busy_day(m):
    rng = random.Random(7)
    jobs = []
    for _ in range(30_000):
        start = rng.randrange(0, 86_400)
        jobs.append((start, start + rng.randrange(1, 900), rng.randrange(0, 50)))
    peak, windows = m.peak_draw(jobs)
    return peak, windows[:20], len(windows)
