# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_build(m):
    jobs = {
        "fetch": (2, 1, []),
        "compile": (5, 5, ["fetch"]),
        "lint": (1, 1, ["fetch"]),
        "docs": (3, 0, []),
        "test": (4, 9, ["compile"]),
        "package": (1, 3, ["test", "lint"]),
    }
    return m.simulate(jobs, 2)


@case("edge")
def priority_then_name(m):
    jobs = {"b": (1, 5, []), "a": (1, 5, []), "c": (1, 7, []), "d": (1, 1, []), "e": (1, 5, [])}
    return m.simulate(jobs, 1), m.simulate(jobs, 2)


@case("edge")
def completions_before_assignment(m):
    # At t=3 both "x" and "y" finish; the urgent jobs only become ready through "y".
    jobs = {
        "x": (3, 1, []),
        "y": (3, 1, []),
        "lowly": (2, 1, ["x"]),
        "urgent": (2, 9, ["y"]),
        "vital": (2, 8, ["y"]),
    }
    return m.simulate(jobs, 2)


@case("edge")
def single_worker_and_empty(m):
    return m.simulate({"solo": (7, 0, [])}, 1), m.simulate({}, 3)


@case("edge")
def more_workers_than_jobs(m):
    jobs = {f"j{i}": (i + 1, -i, []) for i in range(4)}
    jobs["z"] = (1, 0, ["j0", "j3"])
    return m.simulate(jobs, 10)


@case("error-handling")
def invalid_batches(m):
    cases = [
        ({"a": (1, 0, ["ghost"])}, 1),
        ({"a": (1, 0, ["b"]), "b": (1, 0, ["a"])}, 1),
        ({"a": (1, 0, ["a"])}, 2),
        ({"a": (0, 0, [])}, 1),
        ({"a": (1.5, 0, [])}, 1),
        ({"a": (1, 0, [])}, 0),
        ({"a": (1, 0, []), "b": (2, 0, ["a", "c"]), "c": (1, 0, ["d"]), "d": (1, 0, ["b"])}, 3),
    ]
    out = []
    for jobs, w in cases:
        try:
            m.simulate(jobs, w)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case()
def random_dag(m):
    rng = random.Random(9)
    jobs = {}
    for i in range(60):
        deps = [f"t{j}" for j in rng.sample(range(i), min(i, rng.randrange(3)))]
        jobs[f"t{i}"] = (rng.randint(1, 6), rng.randrange(4), deps)
    return m.simulate(jobs, 3)


@case("perf")
def large_batch(m):
    rng = random.Random(7)
    names = [f"t{i}" for i in range(12_000)]
    jobs = {}
    for i in range(12_000):
        deps = [names[rng.randrange(max(1, i - 300), i)]] if i > 10 else []
        jobs[names[i]] = (rng.randint(1, 20), rng.randrange(10), deps)
    out = m.simulate(jobs, 16)
    return len(out), out[:3], out[-3:], max(e for _, _, e in out)
