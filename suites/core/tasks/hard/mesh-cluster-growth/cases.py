# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def prompt_example(m):
    return m.cluster_timeline(["a", "b", "c", "d"], [("a", "b"), ("c", "d"), ("b", "a"), ("d", "a")])


@case()
def merging_chains(m):
    devices = [f"n{i}" for i in range(8)]
    links = [("n0", "n1"), ("n2", "n3"), ("n3", "n4"), ("n1", "n2"), ("n5", "n6"), ("n6", "n7"),
             ("n7", "n5"), ("n4", "n7"), ("n0", "n6")]
    return m.cluster_timeline(devices, links)


@case()
def small_cluster_joins_big_one_through_a_leaf(m):
    devices = ["hub", "x1", "x2", "x3", "y1", "y2"]
    links = [("hub", "x1"), ("hub", "x2"), ("x2", "x3"), ("y1", "y2"), ("y2", "x3"), ("x1", "y1")]
    return m.cluster_timeline(devices, links)


@case("edge")
def self_links_and_repeats(m):
    return m.cluster_timeline(["p", "q", "r"], [("p", "p"), ("p", "q"), ("q", "p"), ("p", "q"), ("r", "r")])


@case("edge")
def no_links(m):
    return [m.cluster_timeline(["a", "b"], []), m.cluster_timeline([], [])]


@case("edge")
def single_device(m):
    return m.cluster_timeline(["solo"], [("solo", "solo")])


@case("error-handling")
def unknown_device(m):
    return m.cluster_timeline(["a", "b"], [("a", "b"), ("b", "ghost")])


@case("perf")
def boot_log(m):
    rng = random.Random(7)
    n = 60_000
    devices = [f"dev-{i:05d}" for i in range(n)]
    links = [(devices[rng.randrange(n)], devices[rng.randrange(n)]) for _ in range(90_000)]
    timeline = m.cluster_timeline(devices, links)
    return [timeline[::5000], timeline[-1], sum(t[0] for t in timeline) % 1_000_000_007]
