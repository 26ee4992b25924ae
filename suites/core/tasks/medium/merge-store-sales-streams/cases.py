# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


def ts(minute):
    return f"2024-05-03T{9 + minute // 60:02d}:{minute % 60:02d}:00"


@case()
def three_stores(m):
    north = [(ts(0), "north", 1200), (ts(7), "north", 550), (ts(30), "north", 99)]
    south = [(ts(3), "south", 2000), (ts(31), "south", 10)]
    west = [(ts(1), "west", 700), (ts(2), "west", 300), (ts(45), "west", 4500)]
    return list(m.merge_sales([north, south, west]))


@case("edge")
def ties_follow_stream_order(m):
    a = [(ts(5), "zeta", 1), (ts(5), "zeta", 2)]
    b = [(ts(5), "alpha", 0), (ts(6), "alpha", 0)]
    c = [(ts(4), "mid", 9), (ts(5), "mid", -1)]
    return list(m.merge_sales([a, b, c]))


@case("edge")
def unorderable_payloads_on_ties(m):
    a = [(ts(1), "a", None)]
    b = [(ts(1), "b", 5)]
    return list(m.merge_sales([a, b]))


@case("edge")
def no_and_empty_streams(m):
    return [list(m.merge_sales([])), list(m.merge_sales([[], []])),
            list(m.merge_sales([[], [(ts(1), "x", 1)], []]))]


@case("edge")
def generators_and_tuples_as_streams(m):
    gen = ((ts(i * 2), "gen", i) for i in range(4))
    return list(m.merge_sales([gen, iter([(ts(3), "iter", 0)]), ((ts(0), "tuple", 7),)]))


@case("edge")
def lazy_reading(m):
    def fragile(store, minutes):
        for minute in minutes:
            yield (ts(minute), store, minute)
        raise RuntimeError(f"{store} connection lost")

    merged = m.merge_sales([fragile("a", [0, 5]), fragile("b", [1, 2, 3, 4])])
    return list(itertools.islice(merged, 3))


@case("error-handling")
def stream_goes_back_in_time(m):
    return list(m.merge_sales([[(ts(1), "a", 1), (ts(9), "a", 1)], [(ts(2), "b", 1), (ts(1), "b", 2)]]))


@case("error-handling")
def records_before_the_bad_one_are_yielded(m):
    out = []
    try:
        for record in m.merge_sales([[(ts(1), "a", 1), (ts(3), "a", 2), (ts(2), "a", 3)], [(ts(10), "b", 0)]]):
            out.append(record)
    except ValueError:
        out.append("ValueError")
    return out


@case("perf")
def many_stores(m):
    rng = random.Random(7)
    stamps = [ts(minute) for minute in range(600)]
    streams = []
    for s in range(8_000):
        minutes = sorted(rng.randrange(0, 600) for _ in range(6))
        streams.append([(stamps[x], f"s{s}", x) for x in minutes])
    total = 0
    checksum = 0
    for position, record in enumerate(m.merge_sales(streams)):
        total += 1
        checksum = (checksum * 31 + position * int(record[1][1:])) % 1_000_000_007
    return total, checksum
