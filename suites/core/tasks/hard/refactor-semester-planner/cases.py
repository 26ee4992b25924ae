# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_degree(m):
    prereqs = {
        "algorithms": ["data-structures", "discrete-math"],
        "data-structures": ["programming-1"],
        "databases": ["data-structures"],
        "compilers": ["algorithms", "theory"],
        "theory": ["discrete-math"],
        "programming-1": [],
    }
    return m.plan_semesters(prereqs)


@case()
def uneven_chains(m):
    return m.plan_semesters({"d": ["c"], "c": ["b"], "b": ["a"], "x": ["a"], "y": [], "z": ["y", "c"]})


@case("edge")
def prerequisites_that_are_not_keys(m):
    return m.plan_semesters({"ml": ["stats", "linear-algebra"], "stats": ["calculus"]})


@case("edge")
def repeated_prerequisites(m):
    return m.plan_semesters({"b": ["a", "a"], "c": ["b", "a", "b"]})


@case("edge")
def empty_and_no_prereqs(m):
    return [m.plan_semesters({}), m.plan_semesters({"zeta": [], "Alpha": [], "beta": []})]


@case("edge")
def input_not_modified(m):
    prereqs = {"c": ["b", "a"], "b": ["a"]}
    m.plan_semesters(prereqs)
    return prereqs


@case("error-handling")
def cycle(m):
    return m.plan_semesters({"a": ["c"], "b": ["a"], "c": ["b"], "d": []})


@case("error-handling")
def self_prerequisite(m):
    return m.plan_semesters({"a": ["a"]})


@case("perf")
def university_catalogue(m):
    rng = random.Random(7)
    n = 30_000
    names = [f"C{i:05d}" for i in range(n)]
    prereqs = {names[0]: []}
    for i in range(1, n):
        required = [names[i - 3]] if i >= 3 else []
        required += [names[rng.randrange(i)] for _ in range(rng.randint(0, 2))]
        prereqs[names[i]] = required
    plan = m.plan_semesters(prereqs)
    return [len(plan), [len(s) for s in plan[:20]], plan[-1], sum(len(s) for s in plan)]
