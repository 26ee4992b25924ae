# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def prompt_example(m):
    return m.build_order({"app": ["lib", "log"], "lib": ["log"], "cli": []})


@case()
def ties_broken_alphabetically_at_every_step(m):
    targets = {
        "web": ["core", "ui"],
        "ui": ["core"],
        "api": ["core"],
        "core": [],
        "zeta": [],
        "docs": ["web", "api"],
        "b-tools": ["zeta"],
    }
    return m.build_order(targets)


@case("edge")
def external_dependencies_are_targets(m):
    return m.build_order({"svc": ["requests", "attrs"], "attrs": [], "cli": ["click", "svc"]})


@case("edge")
def duplicate_dependencies(m):
    return m.build_order({"a": ["b", "b", "c"], "b": ["c", "c"], "c": []})


@case("edge")
def empty(m):
    return m.build_order({})


@case("edge")
def case_sensitive_ordering(m):
    return m.build_order({"beta": [], "Alpha": [], "alpha": [], "Beta": ["alpha"], "_x": []})


@case("edge")
def input_not_modified(m):
    targets = {"a": ["c", "b"], "b": ["c"], "c": []}
    m.build_order(targets)
    return targets


@case("error-handling")
def cycle(m):
    return m.build_order({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})


@case("error-handling")
def self_dependency(m):
    return m.build_order({"a": [], "b": ["a", "b"]})


@case("perf")
def large_repo(m):
    rng = random.Random(7)
    n = 50_000
    perm = list(range(n))
    rng.shuffle(perm)
    names = [f"pkg-{p:05d}" for p in perm]
    targets = {}
    for i in range(n):
        deps = []
        if i > 10 and rng.random() < 0.6:
            deps = [names[rng.randrange(i)] for _ in range(rng.randint(1, 5))]
        targets[names[i]] = deps
    order = m.build_order(targets)
    return [len(order), order[:5], order[-5:], order[n // 2], sum(i * int(name[4:]) for i, name in enumerate(order)) % 1_000_000_007]
