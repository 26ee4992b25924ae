# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def two_tangles(m):
    deps = {
        "api": ["models", "utils"],
        "models": ["db", "api"],
        "db": ["utils"],
        "utils": [],
        "cli": ["api"],
        "report": ["charts"],
        "charts": ["theme", "report"],
        "theme": ["charts"],
    }
    return m.cycle_groups(deps)


@case()
def no_cycles(m):
    return m.cycle_groups({"a": ["b", "c"], "b": ["c"], "c": [], "d": ["a"]})


@case("edge")
def self_import(m):
    return m.cycle_groups({"a": ["a", "b"], "b": ["c"], "c": []})


@case("edge")
def neighbours_of_a_cycle_excluded(m):
    deps = {"up": ["x"], "x": ["y"], "y": ["z"], "z": ["x", "down"], "down": ["leaf"]}
    return m.cycle_groups(deps)


@case("edge")
def imported_only_names(m):
    return m.cycle_groups({"a": ["ext1"], "b": ["ext2", "a"], "ext3": ["b"]})


@case("edge")
def empty(m):
    return m.cycle_groups({})


@case("edge")
def figure_eight_is_one_group(m):
    deps = {"m": ["a", "p"], "a": ["b"], "b": ["m"], "p": ["q"], "q": ["m"], "z": ["z"]}
    return m.cycle_groups(deps)


@case("edge")
def input_not_modified(m):
    deps = {"a": ["b"], "b": ["a", "c"]}
    m.cycle_groups(deps)
    return deps


@case("perf")
def deep_index(m):
    rng = random.Random(7)
    n = 40_000
    names = [f"p{i:05d}" for i in range(n)]
    deps = {name: [] for name in names}
    for i in range(n - 1):
        deps[names[i]].append(names[i + 1])
    for _ in range(70_000):
        a, b = rng.randrange(n), rng.randrange(n)
        deps[names[min(a, b)]].append(names[max(a, b)])
    for _ in range(300):
        start = rng.randrange(n - 20)
        deps[names[start + rng.randint(1, 15)]].append(names[start])
    for _ in range(20):
        i = rng.randrange(n)
        deps[names[i]].append(names[i])
    groups = m.cycle_groups(deps)
    return [len(groups), [len(g) for g in groups], [g[0] for g in groups][:50]]
