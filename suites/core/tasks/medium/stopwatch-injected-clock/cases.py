# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def fake_clock(*ticks):
    """A clock that returns the given readings in order, and fails if read too often."""
    readings = iter(ticks)

    def clock():
        return next(readings)
    return clock


@case()
def two_labels(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.5, 2.0, 2.25, 3.0, 4.0))
    with sw.measure("load") as a:
        pass
    with sw.measure("parse") as b:
        pass
    with sw.measure("load"):
        pass
    return [a.label, a.elapsed, b.elapsed, sw.report()]


@case()
def nested_different_labels(m):
    sw = m.Stopwatch(fake_clock(10.0, 11.0, 13.5, 20.0))
    with sw.measure("job") as outer:
        with sw.measure("step") as inner:
            mid = [outer.elapsed, inner.elapsed]
    return [mid, outer.elapsed, inner.elapsed, sw.report()]


@case("error-handling")
def failing_block_is_measured(m):
    sw = m.Stopwatch(fake_clock(0.0, 0.75, 1.0, 1.5))
    measured = None
    try:
        with sw.measure("upload") as measured:
            raise TimeoutError("slow")
    except TimeoutError as error:
        caught = str(error)
    with sw.measure("upload"):
        pass
    return [caught, measured.elapsed, sw.report()]


@case("error-handling")
def exception_propagates(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.0))
    with sw.measure("x"):
        raise KeyError("k")


def recurse(sw, depth):
    with sw.measure("walk"):
        if depth:
            recurse(sw, depth - 1)


@case("edge")
def recursion_not_double_counted(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0))
    recurse(sw, 3)
    return sw.report()


@case("edge")
def recursion_with_error_inside(m):
    sw = m.Stopwatch(fake_clock(0.0, 0.5, 2.0, 8.0))
    with sw.measure("r") as outer:
        try:
            with sw.measure("r") as inner:
                raise ValueError
        except ValueError:
            pass
    return [outer.elapsed, inner.elapsed, sw.report()]


@case("edge")
def ties_sorted_by_label(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 3.5))
    for label in ["zeta", "alpha", "mid", "beta"]:
        with sw.measure(label):
            pass
    return sw.report()


@case("edge")
def running_blocks_not_reported(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.0, 2.0, 5.0))
    with sw.measure("outer") as outer:
        with sw.measure("inner"):
            pass
        during = sw.report()
    return [during, outer.elapsed, sw.report()]


@case("edge")
def empty_report(m):
    return m.Stopwatch(fake_clock()).report()


@case("error-handling")
def empty_label(m):
    sw = m.Stopwatch(fake_clock(0.0, 1.0))
    return sw.measure("")
