# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def repeated_edge(m):
    return m.count_routes([("fetch", "build"), ("fetch", "build"), ("build", "deploy")], "fetch", "deploy")


@case()
def diamond_pipeline(m):
    edges = [("src", "lint"), ("src", "test"), ("lint", "pkg"), ("test", "pkg"), ("pkg", "ship"),
             ("test", "ship"), ("lint", "docs")]
    return [m.count_routes(edges, "src", "ship"), m.count_routes(edges, "lint", "ship"), m.count_routes(edges, "src", "docs")]


@case()
def many_routes_modulo(m):
    edges = []
    for layer in range(40):
        for i in range(3):
            for j in range(3):
                edges.append((f"L{layer}-{i}", f"L{layer + 1}-{j}"))
    edges += [("start", "L0-0"), ("L40-1", "end")]
    return m.count_routes(edges, "start", "end")


@case("edge")
def duplicates_far_apart(m):
    edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("a", "b"), ("d", "e"), ("c", "d"), ("b", "d")]
    return m.count_routes(edges, "a", "e")


@case("edge")
def source_is_target(m):
    return [m.count_routes([("a", "b")], "a", "a"), m.count_routes([], "x", "x")]


@case("edge")
def unreachable(m):
    return [m.count_routes([("a", "b"), ("c", "d")], "a", "d"), m.count_routes([("a", "b")], "zzz", "b")]


@case("edge")
def integer_stage_ids(m):
    return m.count_routes([(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (2, 5), (2, 5)], 1, 5)


@case("perf")
def wide_pipeline_with_dead_ends(m):
    rng = random.Random(7)
    layers, width = 30, 40
    edges = []
    for layer in range(layers):
        for i in range(width):
            for j in rng.sample(range(width), 3):
                edges.append(((layer, i), (layer + 1, j)))
            edges.append(((layer, i), ("report", layer, i % 10)))
    for layer in range(layers):
        for i in range(10):
            for j in rng.sample(range(10), 3):
                edges.append((("report", layer, i), ("report", layer + 1, j)))
    target = (layers, 0)
    return [m.count_routes(edges, (0, k), target) for k in range(3)]
