# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


@case()
def odd_window(m):
    return list(m.sliding_median([5, 1, 4, 2, 8, 7, 3], 3))


@case()
def even_window_averages(m):
    return list(m.sliding_median([1, 3, 2, 10, 4, 4, -6], 4))


@case("edge")
def partial_warm_up(m):
    return list(m.sliding_median([9, 2, 7, 7, 1], 3, partial=True))


@case("edge")
def window_of_one_and_longer_than_input(m):
    return (
        list(m.sliding_median([3.5, -2, 0], 1)),
        list(m.sliding_median([1, 2], 5)),
        list(m.sliding_median([1, 2], 5, partial=True)),
        list(m.sliding_median([], 2, partial=True)),
    )


@case("edge")
def duplicates_leave_the_window_correctly(m):
    data = [2, 2, 2, 9, 2, 9, 9, 9, 2, 2, 5, 5]
    return list(m.sliding_median(data, 3)), list(m.sliding_median(data, 4))


@case("edge")
def mixed_ints_and_floats(m):
    return list(m.sliding_median([1, 2.5, -0.5, 1e9, -1e9, 0.25], 2))


@case("error-handling")
def nan_stops_the_stream(m):
    out = []
    try:
        for v in m.sliding_median([1, 2, 3, float("nan"), 4], 2):
            out.append(v)
    except ValueError:
        out.append("ValueError")
    return out


@case("error-handling")
def bad_window_fails_immediately(m):
    out = []
    for w in (0, -1, 2.0, True):
        try:
            m.sliding_median(itertools.count(), w)
            out.append("no error")
        except ValueError:
            out.append("ValueError")
    return out


@case("edge")
def endless_input_is_lazy(m):
    return list(itertools.islice(m.sliding_median(itertools.count(), 4), 5))


@case()
def random_small_windows(m):
    rng = random.Random(11)
    data = [rng.randint(-20, 20) for _ in range(300)]
    return [list(m.sliding_median(data, w)) for w in (1, 2, 5, 8)]


@case("perf")
def long_feed_wide_window(m):
    rng = random.Random(7)
    feed = (rng.random() * 100 for _ in range(50_000))
    total = 0.0
    count = 0
    last = None
    for last in m.sliding_median(feed, 3001):
        total += last
        count += 1
    return count, round(total, 6), last
