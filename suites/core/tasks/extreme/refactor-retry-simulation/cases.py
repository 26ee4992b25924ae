# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_batch(m):
    return m.simulate_retries([("sync", 2), ("mail", 0), ("bill", 5)], 1, 4, 4)


@case("edge")
def cap_and_ties(m):
    return m.simulate_retries([("b", 3), ("a", 3), ("c", 1)], 2, 3, 10)


@case("edge")
def single_attempt_and_empty(m):
    return m.simulate_retries([("x", 1), ("y", 0)], 1, 1, 1), m.simulate_retries([], 1, 1, 3)


@case("edge")
def fractional_delays(m):
    return m.simulate_retries([("p", 4)], 0.25, 1.5, 6)


@case("error-handling")
def invalid_input(m):
    out = []
    for args in (
        ([("a", 1)], 0, 5, 3), ([("a", 1)], 2, 1, 3), ([("a", 1)], 1, 5, 0),
        ([("a", 1), ("a", 2)], 1, 5, 3), ([("a", -1)], 1, 5, 3), ([("a", 1), ("a", -1)], 1, 5, 3),
    ):
        try:
            m.simulate_retries(*args)
            out.append("ok")
        except ValueError as exc:
            out.append(str(exc))
    return out


@case()
def random_batch(m):
    rng = random.Random(2)
    jobs = [(f"job{i:03d}", rng.randrange(6)) for i in range(60)]
    return m.simulate_retries(jobs, 1, 16, 5)


@case("perf")
def large_batch(m):
    rng = random.Random(7)
    jobs = [(f"j{i}", rng.randrange(8)) for i in range(15_000)]
    events = m.simulate_retries(jobs, 0.5, 30, 6)
    return len(events), events[:3], events[-3:], sum(1 for e in events if e[3] == "gave-up")
