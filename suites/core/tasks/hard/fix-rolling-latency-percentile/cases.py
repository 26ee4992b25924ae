# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def p100_is_window_max(m):
    return m.rolling_percentile([5, 1, 4, 2, 3], 3, 100)


@case()
def median_nearest_rank(m):
    return [m.rolling_percentile([1, 2, 3, 4], 4, 50), m.rolling_percentile([7, 3, 9, 1, 5, 8, 2], 4, 50)]


@case()
def p95_latencies(m):
    latencies = [120, 85, 90, 300, 95, 110, 105, 2000, 98, 101, 99, 97, 250, 88, 92, 94, 96, 91, 93, 89]
    return [m.rolling_percentile(latencies, 10, 95), m.rolling_percentile(latencies, 20, 90)]


@case("edge")
def small_percentiles_and_window_one(m):
    return [m.rolling_percentile([4, 8, 1, 6], 2, 1), m.rolling_percentile([4, 8, 1, 6], 1, 37)]


@case("edge")
def exact_rank_arithmetic(m):
    rng = random.Random(3)
    values = [rng.randint(0, 50) for _ in range(30)]
    return [m.rolling_percentile(values, 25, 28), m.rolling_percentile(values, 25, 56)]


@case("edge")
def duplicates_and_floats(m):
    return m.rolling_percentile([2.5, 2.5, 1.0, 2.5, 9.75, 1.0, 1.0], 3, 67)


@case("edge")
def shorter_than_window(m):
    return [m.rolling_percentile([1, 2], 3, 50), m.rolling_percentile([], 1, 50)]


@case("edge")
def input_not_modified(m):
    values = [3, 1, 2, 5, 4]
    m.rolling_percentile(values, 3, 50)
    return values


@case("error-handling")
def pct_zero(m):
    return m.rolling_percentile([1, 2, 3], 2, 0)


@case("error-handling")
def window_zero(m):
    return m.rolling_percentile([1, 2, 3], 0, 50)


@case("perf")
def day_of_latencies(m):
    rng = random.Random(7)
    values = [int(rng.lognormvariate(4.5, 0.6)) for _ in range(100_000)]
    p99 = m.rolling_percentile(values, 5000, 99)
    p50 = m.rolling_percentile(values, 2000, 50)
    return [len(p99), sum(p99), max(p99), len(p50), sum(p50), p50[::9000]]
