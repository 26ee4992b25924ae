# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_mesh(m):
    links = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 1), ("c", "d", 5), ("d", "e", 3)]
    return m.fastest_relay_times(links, "a")


@case()
def one_directional(m):
    links = [("hub", "x", 3), ("y", "hub", 1), ("x", "y", 2)]
    return [m.fastest_relay_times(links, "hub"), m.fastest_relay_times(links, "y")]


@case("edge")
def parallel_links_keep_fastest(m):
    links = [("a", "b", 2), ("a", "b", 9), ("b", "c", 5), ("a", "c", 20), ("b", "c", 1), ("a", "b", 7)]
    return m.fastest_relay_times(links, "a")


@case("edge")
def unreachable_omitted(m):
    links = [("a", "b", 1), ("c", "d", 1), ("d", "a", 1)]
    return m.fastest_relay_times(links, "a")


@case("edge")
def isolated_source(m):
    return [m.fastest_relay_times([], "solo"), m.fastest_relay_times([("p", "q", 3)], "solo")]


@case("edge")
def zero_latency_and_self_loops(m):
    links = [("s", "s", 0), ("s", "t", 0), ("t", "t", 5), ("t", "u", 0), ("u", "s", 0), ("s", "u", 4)]
    return m.fastest_relay_times(links, "s")


@case("edge")
def unicode_names(m):
    links = [("Zürich", "Genève", 7), ("Zürich", "Bâle", 2), ("Bâle", "Genève", 3)]
    return m.fastest_relay_times(links, "Zürich")


@case("edge")
def input_not_modified(m):
    links = [("a", "b", 3), ("b", "c", 1), ("a", "c", 9)]
    m.fastest_relay_times(links, "a")
    return links


@case("error-handling")
def negative_latency(m):
    return m.fastest_relay_times([("a", "b", 1), ("b", "c", -2)], "a")


@case("error-handling")
def negative_latency_unreachable(m):
    return m.fastest_relay_times([("a", "b", 1), ("x", "y", -1)], "a")


@case("perf")
def large_mesh(m):
    rng = random.Random(7)
    n = 15_000
    names = [f"r{i}" for i in range(n)]
    links = [(names[i], names[i + 1], rng.randint(50, 100)) for i in range(n - 1)]
    for _ in range(50_000):
        links.append((names[rng.randrange(n)], names[rng.randrange(n)], rng.randint(1, 1000)))
    best = m.fastest_relay_times(links, "r0")
    return [len(best), sum(best.values()), max(best.values()), best["r12345"]]
