# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


def run(m, events, size, **kw):
    return list(m.window_stats(iter(events), size, **kw))


@case()
def in_order_events(m):
    ev = [(0.5, "cpu", 10), (1, "cpu", 30), (9.5, "mem", 2), (10, "cpu", 5), (12, "cpu", 7), (25, "mem", 1)]
    return run(m, ev, 10)


@case()
def emits_as_soon_as_closed(m):
    ev = [(1, "a", 1), (2, "b", 2), (10, "a", 3), (11, "a", 4), (30, "z", 0)]
    fed = []

    def source():
        for e in ev:
            fed.append(e[0])
            yield e

    # (window_start, key, timestamp of the last event read when the window came out)
    return [(r[0], r[1], fed[-1]) for r in m.window_stats(source(), 10)]


@case("edge")
def lateness_keeps_windows_open(m):
    ev = [(1, "k", 1), (12, "k", 2), (8, "k", 3), (16, "k", 4), (9, "k", 5), (20, "k", 6), (3, "k", 7)]
    return run(m, ev, 10, allowed_lateness=5), run(m, ev, 10)


@case("edge")
def exact_boundaries(m):
    ev = [(0, "x", 1), (5, "x", 2), (5, "y", -1.5), (10, "x", 3), (4.75, "x", 9), (15, "x", 4)]
    return run(m, ev, 5), run(m, ev, 5, allowed_lateness=0.25)


@case("edge")
def negative_timestamps_and_sorted_keys(m):
    ev = [(-7.5, "zeta", 1), (-7, "Alpha", 2), (-6, "beta", 3), (-1, "ä", 4), (-7.25, "alpha", 5)]
    return run(m, ev, 2.5, allowed_lateness=100)


@case("edge")
def empty_stream(m):
    return run(m, [], 1)


@case("error-handling")
def invalid_parameters(m):
    out = []
    for size, late in ((0, 0), (-1, 0), (1, -0.5)):
        try:
            m.window_stats(itertools.count(), size, allowed_lateness=late)
            out.append("no error")
        except ValueError:
            out.append("ValueError")
    got = []
    try:
        for r in m.window_stats(iter([(1, "a", 1), (7, "a", 2), (float("nan"), "a", 3)]), 5):
            got.append(r)
    except ValueError:
        got.append("ValueError")
    out.append(got)
    return out


@case("edge")
def endless_stream_is_lazy(m):
    ev = ((i * 0.75, "k" + str(i % 2), i) for i in itertools.count())
    return list(itertools.islice(m.window_stats(ev, 3, allowed_lateness=1), 6))


@case()
def shuffled_stream(m):
    rng = random.Random(4)
    ev = [(i + rng.uniform(-3, 3), rng.choice("abc"), rng.randrange(100)) for i in range(300)]
    ev = [(round(t, 2), k, v) for t, k, v in ev]
    return run(m, ev, 7, allowed_lateness=2.5)


@case("perf")
def many_open_windows(m):
    def events():
        for i in range(100_000):
            yield (i / 64, "k" + str(i % 5), i % 97)

    total = 0
    count = 0
    first = None
    for r in m.window_stats(events(), 0.0625, allowed_lateness=5000):
        count += 1
        total += r[2] + r[3]
        first = first or r
    return count, total, first
