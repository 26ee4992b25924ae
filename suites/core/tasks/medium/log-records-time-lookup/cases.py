# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
from datetime import datetime, timedelta

from pyarena_cases import case

BASE = datetime(2024, 5, 1, 8, 0, 0)


def at(seconds):
    return BASE + timedelta(seconds=seconds)


def sample_log():
    offsets = [0, 5, 5, 5, 12, 30, 30, 61, 300]
    return [(at(s), f"msg-{i}@{s}") for i, s in enumerate(offsets)]


def messages(records):
    return [message for _, message in records]


@case()
def lookups_inside(m):
    log = sample_log()
    return [m.first_at_or_after(log, at(s)) for s in (1, 6, 12, 13, 31, 299)]


@case("edge")
def duplicates_give_first(m):
    log = sample_log()
    return [m.first_at_or_after(log, at(5)), m.first_at_or_after(log, at(30))]


@case("edge")
def before_first_and_after_last(m):
    log = sample_log()
    return [m.first_at_or_after(log, at(-10)), m.first_at_or_after(log, at(0)),
            m.first_at_or_after(log, at(300)), m.first_at_or_after(log, at(301))]


@case("edge")
def empty_and_single(m):
    one = [(at(10), "only")]
    return [m.first_at_or_after([], at(0)), m.first_at_or_after(one, at(9)),
            m.first_at_or_after(one, at(10)), m.first_at_or_after(one, at(11)),
            m.records_between([], at(0), at(100))]


@case()
def window_half_open(m):
    log = sample_log()
    return [messages(m.records_between(log, at(5), at(30))),
            messages(m.records_between(log, at(6), at(61))),
            messages(m.records_between(log, at(12), at(13)))]


@case("edge")
def window_at_the_ends(m):
    log = sample_log()
    return [messages(m.records_between(log, at(-100), at(0))),
            messages(m.records_between(log, at(-100), at(1))),
            messages(m.records_between(log, at(300), at(400))),
            messages(m.records_between(log, at(301), at(400))),
            messages(m.records_between(log, at(-1), at(10**6)))]


@case("edge")
def empty_window(m):
    log = sample_log()
    return [messages(m.records_between(log, at(5), at(5))), messages(m.records_between(log, at(7), at(11)))]


@case("edge")
def unorderable_messages_and_input_untouched(m):
    log = [(at(0), "b"), (at(0), None), (at(1), 3), (at(1), "a")]
    snapshot = list(log)
    result = [m.first_at_or_after(log, at(1)), len(m.records_between(log, at(0), at(1)))]
    return result, log == snapshot


@case("error-handling")
def reversed_window(m):
    return m.records_between(sample_log(), at(30), at(29))


@case("perf")
def many_lookups_on_a_big_log(m):
    rng = random.Random(7)
    seconds = sorted(rng.randrange(86_400) for _ in range(80_000))
    log = [(at(s), "x") for s in seconds]
    firsts = 0
    sizes = 0
    for _ in range(3_000):
        a = rng.randrange(-100, 86_500)
        b = a + rng.randrange(0, 20)
        firsts += m.first_at_or_after(log, at(a))
        sizes += len(m.records_between(log, at(a), at(b)))
    return firsts, sizes
