# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import threading
import time

from pyarena_cases import case


class Source:
    """An input iterator that counts how many items were taken from it."""

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.it)
        self.taken += 1
        return value


@case()
def keeps_input_order(m):
    def slow_first(x):
        time.sleep(0.002 * (10 - x))
        return x * x

    return list(m.bounded_map(slow_first, range(10), workers=4, max_in_flight=6))


@case("edge")
def empty_input(m):
    return list(m.bounded_map(str, [], workers=2, max_in_flight=2))


@case("edge")
def single_worker_single_slot(m):
    return list(m.bounded_map(str.upper, ["a", "ß", "é"], workers=1, max_in_flight=1))


@case()
def runs_work_in_parallel(m):
    barrier = threading.Barrier(4, timeout=5)

    def meet(x):
        if x < 4:
            barrier.wait()
        return x + 100

    return list(m.bounded_map(meet, range(6), workers=4, max_in_flight=4))


@case()
def never_more_than_max_in_flight(m):
    src = Source(range(40))
    worst = 0
    received = 0
    for _ in m.bounded_map(lambda x: x, src, workers=3, max_in_flight=5):
        worst = max(worst, src.taken - received)
        received += 1
    return worst <= 5, received, src.taken


@case("error-handling")
def invalid_arguments_fail_at_call_time(m):
    out = []
    for kwargs in ({"workers": 0, "max_in_flight": 1}, {"workers": 2, "max_in_flight": 0}):
        try:
            m.bounded_map(str, itertools.count(), **kwargs)
            out.append("no error")
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def error_surfaces_in_position(m):
    src = Source(range(1000))

    def parse(x):
        if x == 7:
            raise KeyError(x)
        return -x

    got = []
    try:
        for value in m.bounded_map(parse, src, workers=2, max_in_flight=3):
            got.append(value)
        outcome = "finished"
    except KeyError:
        outcome = "KeyError"
    return got, outcome, src.taken <= 8 + 3


@case("edge")
def closing_early_stops_workers(m):
    before = threading.active_count()
    started = []
    lock = threading.Lock()

    def work(x):
        with lock:
            started.append(x)
        time.sleep(0.001)
        return x

    src = Source(itertools.count())
    it = m.bounded_map(work, src, workers=4, max_in_flight=6)
    first = [next(it) for _ in range(3)]
    it.close()
    return first, threading.active_count() - before, src.taken <= 3 + 6, len(started) <= 3 + 6


@case("perf")
def endless_input(m):
    out = m.bounded_map(lambda x: x % 7, itertools.count(), workers=4, max_in_flight=16)
    total = sum(itertools.islice(out, 3000))
    out.close()
    return total
