# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools

from pyarena_cases import case


class Source:
    """An iterator that counts how many items were pulled from it."""

    def __init__(self, items):
        self._it = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        self.pulled += 1
        return item


@case()
def uneven_split(m):
    return list(m.batches(range(10), 4))


@case()
def exact_split(m):
    return list(m.batches("abcdef", 2))


@case("edge")
def empty_and_single(m):
    return [list(m.batches([], 3)), list(m.batches([1], 3)), list(m.batches([1], 1)), list(m.batches([], 2, strict=True))]


def endless():
    """An infinite stream; it refuses to go on forever, so an eager solution fails fast."""
    for n in itertools.count():
        if n > 10_000:
            raise RuntimeError("the consumer is not lazy")
        yield n


@case("edge")
def infinite_source(m):
    return list(itertools.islice(m.batches(endless(), 3), 4))


@case("edge")
def pulls_exactly_one_batch(m):
    source = Source(range(100))
    it = m.batches(source, 5)
    pulled = [source.pulled]
    first = next(it)
    pulled.append(source.pulled)
    second = next(it)
    pulled.append(source.pulled)
    return [first, second, pulled]


@case("edge")
def last_partial_pull_count(m):
    source = Source(range(7))
    return [list(m.batches(source, 7)), source.pulled]


@case("edge")
def batches_are_independent(m):
    kept = []
    for batch in m.batches(range(7), 3):
        kept.append(batch)
    kept[0].append("x")
    return kept


@case("error-handling")
def strict_yields_full_batches_then_raises(m):
    seen = []
    try:
        for batch in m.batches(range(8), 3, strict=True):
            seen.append(batch)
    except ValueError as error:
        return [seen, type(error).__name__]
    return [seen, "no error"]


@case()
def strict_exact(m):
    return list(m.batches(range(6), 3, strict=True))


@case("error-handling")
def zero_size_raises_at_call_time(m):
    m.batches([1, 2, 3], 0)
    return "no error at call time"


@case("error-handling")
def bad_sizes(m):
    out = []
    for size in [-1, 2.0, "3", True]:
        try:
            m.batches([1, 2, 3], size)
            out.append("accepted")
        except ValueError:
            out.append("ValueError")
    return out
