# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


def run(m, events, gap):
    return list(m.sessionize(iter(events), gap))


@case()
def two_users(m):
    ev = [(0, "ann"), (5, "bob"), (20, "ann"), (40, "bob"), (100, "ann"), (101, "bob"), (400, "zoe")]
    return run(m, ev, 30)


@case("edge")
def click_exactly_gap_later_continues(m):
    ev = [(0, "u"), (30, "u"), (60.5, "u"), (90.5, "v")]
    return run(m, ev, 30)


@case("edge")
def stream_end_flushes_everything(m):
    ev = [(1, "a"), (2, "b"), (3, "a"), (3, "ü")]
    return run(m, ev, 1000), run(m, [], 5), run(m, [(7, "solo")], 5)


@case()
def emitted_as_soon_as_final(m):
    seen = []

    def source():
        for e in [(0, "a"), (1, "b"), (12, "c"), (13, "a"), (30, "d")]:
            seen.append(e[0])
            yield e

    return [(s[0], seen[-1]) for s in m.sessionize(source(), 10)]


@case("error-handling")
def bad_input(m):
    out = []
    for gap in (0, -1):
        try:
            m.sessionize([], gap)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    got = []
    try:
        for s in m.sessionize([(5, "a"), (50, "b"), (49, "a")], 10):
            got.append(s)
    except ValueError:
        got.append("ValueError")
    return out, got


@case("edge")
def endless_stream(m):
    ev = ((i * 7, "user%d" % (i % 3)) for i in itertools.count())
    return list(itertools.islice(m.sessionize(ev, 20), 5))


@case()
def random_stream(m):
    rng = random.Random(3)
    t = 0.0
    ev = []
    for _ in range(400):
        t += rng.choice([0, 0.5, 1, 3, 8, 15])
        ev.append((t, rng.choice("abcdef")))
    return run(m, ev, 10)


@case("perf")
def many_concurrent_users(m):
    users = ["u%d" % i for i in range(20_000)]

    def events():
        for i in range(120_000):
            yield (i * 0.01, users[(i * 7919) % 20_000])

    count = clicks = 0
    last = None
    for last in m.sessionize(events(), 250):
        count += 1
        clicks += last[3]
    return count, clicks, last
