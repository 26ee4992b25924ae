# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


class Source:
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
def peek_then_next(m):
    p = m.Peekable(["let", "x", "=", "1"])
    return [p.peek(), p.peek(), next(p), p.peek(), list(p), p.consumed]


@case()
def prepend_order(m):
    p = m.Peekable(range(3))
    first = next(p)
    p.prepend("a", "b")
    p.prepend("z")
    return [first, list(p), p.consumed]


@case()
def prepend_after_peek(m):
    p = m.Peekable("xyz")
    looked = p.peek()
    p.prepend("w")
    return [looked, p.peek(), list(p)]


@case()
def take_partial(m):
    p = m.Peekable(range(5))
    return [p.take(2), p.take(0), p.take(10), p.take(1), p.consumed]


@case("edge")
def peek_defaults_on_exhausted(m):
    p = m.Peekable([])
    return [p.peek("eof"), p.peek(None), p.peek(0), bool(p)]


@case("error-handling")
def peek_exhausted_without_default(m):
    p = m.Peekable([1])
    next(p)
    return p.peek()


@case("error-handling")
def next_exhausted(m):
    p = m.Peekable([])
    return next(p)


@case("edge")
def falsy_items_are_items(m):
    p = m.Peekable([0, "", None, False])
    out = []
    while p:
        out.append(p.peek("default"))
        next(p)
    return [out, bool(p), p.consumed]


@case("edge")
def never_reads_ahead_more_than_one(m):
    source = Source(range(100))
    p = m.Peekable(source)
    counts = [source.pulled]
    p.peek()
    p.peek()
    counts.append(source.pulled)
    bool(p)
    counts.append(source.pulled)
    next(p)
    counts.append(source.pulled)
    p.take(3)
    counts.append(source.pulled)
    p.prepend(-1)
    p.peek()
    next(p)
    counts.append(source.pulled)
    return counts


@case("error-handling")
def negative_take(m):
    return m.Peekable([1, 2]).take(-1)


@case("edge")
def is_its_own_iterator(m):
    p = m.Peekable("abcd")
    next(p)
    return [iter(p) is p, [c for c in p], p.consumed]
