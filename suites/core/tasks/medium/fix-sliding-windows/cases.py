# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools

from pyarena_cases import case


@case()
def numbers(m):
    return list(m.sliding_windows([1, 2, 3, 4, 5], 3))


@case()
def pairs_of_text(m):
    return list(m.sliding_windows("héllo", 2))


@case("edge")
def shorter_than_window(m):
    return [list(m.sliding_windows([1, 2], 3)), list(m.sliding_windows([], 1))]


@case("edge")
def exact_length_and_size_one(m):
    return [list(m.sliding_windows((7, 8, 9), 3)), list(m.sliding_windows([None, 0], 1))]


def endless(start):
    """An endless stream of readings that refuses to be read to the end."""
    for n in itertools.count(start):
        if n > start + 10_000:
            raise RuntimeError("the consumer is not lazy")
        yield n


@case("edge")
def endless_stream(m):
    return list(itertools.islice(m.sliding_windows(endless(10), 4), 3))


@case("edge")
def windows_kept_while_iterating(m):
    kept = []
    for window in m.sliding_windows(range(6), 2):
        kept.append(window)
    return kept


@case("error-handling")
def size_zero(m):
    return list(m.sliding_windows("abc", 0))


@case("error-handling")
def size_negative(m):
    return list(m.sliding_windows("abc", -2))


@case("error-handling")
def size_zero_on_empty_input(m):
    return list(m.sliding_windows([], 0))
