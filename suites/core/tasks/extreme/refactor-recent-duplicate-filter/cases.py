# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


def run(m, ids, capacity):
    return list(m.drop_recent_duplicates(iter(ids), capacity))


@case()
def basic(m):
    return run(m, ["a", "b", "a", "c", "d", "a", "b"], 3)


@case("edge")
def duplicates_refresh_recency(m):
    # "a" keeps being seen, so it is never forgotten although other ids push through.
    return run(m, ["a", "b", "a", "c", "a", "d", "a", "b", "e", "b"], 2)


@case("edge")
def capacity_one(m):
    return run(m, [1, 1, 2, 1, 1, 2, 2, None, None, 2], 1)


@case("edge")
def empty_and_mixed_types(m):
    return run(m, [], 3), run(m, [1, 1.0, True, "1", ("1",), "ü", "ü"], 10)


@case("error-handling")
def invalid_capacity_fails_immediately(m):
    out = []
    for cap in (0, -5, 2.0, True, None):
        try:
            m.drop_recent_duplicates(itertools.count(), cap)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
        except TypeError:
            out.append("TypeError")
    return out


@case("edge")
def endless_input(m):
    ids = (i % 7 if i % 3 else i for i in itertools.count())
    return list(itertools.islice(m.drop_recent_duplicates(ids, 4), 12))


@case()
def random_stream(m):
    rng = random.Random(8)
    ids = [rng.randrange(30) for _ in range(500)]
    return run(m, ids, 5), run(m, ids, 12)


@case("perf")
def large_capacity_stream(m):
    def ids():
        for i in range(200_000):
            yield (i * 7919) % 25_000 if i % 4 else i // 8

    kept = 0
    checksum = 0
    for x in m.drop_recent_duplicates(ids(), 20_000):
        kept += 1
        checksum = (checksum * 31 + x) % 1_000_000_007
    return kept, checksum
