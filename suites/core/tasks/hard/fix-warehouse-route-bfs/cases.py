# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def around_a_shelf(m):
    floor = [
        ".....",
        ".###.",
        ".#...",
        ".#.#.",
        "...#.",
    ]
    return [m.shortest_route(floor, (2, 2), (0, 0)), m.shortest_route(floor, (4, 0), (4, 4))]


@case()
def no_wrap_left_right(m):
    floor = [
        "..#..",
        "..#..",
        "..#..",
    ]
    return m.shortest_route(floor, (0, 0), (0, 4))


@case()
def no_wrap_top_bottom(m):
    floor = [
        "...",
        "###",
        "...",
        "...",
    ]
    return [m.shortest_route(floor, (0, 1), (3, 1)), m.shortest_route(floor, (2, 0), (3, 2))]


@case("edge")
def wrap_would_be_a_shortcut(m):
    floor = [
        "......",
        ".####.",
        "......",
    ]
    return [m.shortest_route(floor, (0, 0), (0, 5)), m.shortest_route(floor, (0, 0), (2, 0))]


@case("edge")
def start_is_goal(m):
    return m.shortest_route(["..", ".."], (1, 1), (1, 1))


@case("edge")
def single_row_and_column(m):
    return [m.shortest_route(["....#."], (0, 0), (0, 3)), m.shortest_route(["....#."], (0, 0), (0, 5)),
            m.shortest_route([".", ".", "."], (2, 0), (0, 0))]


@case("error-handling")
def start_on_shelf(m):
    return m.shortest_route([".#.", "..."], (0, 1), (1, 1))


@case("error-handling")
def goal_off_the_floor(m):
    return m.shortest_route(["...", "..."], (0, 0), (2, 0))


@case("perf")
def big_floor(m):
    rng = random.Random(7)
    size = 300
    rows = []
    for r in range(size):
        rows.append("".join("#" if rng.random() < 0.2 and (r, c) not in ((0, 0), (size - 1, size - 1)) else "." for c in range(size)))
    return [m.shortest_route(rows, (0, 0), (size - 1, size - 1)), m.shortest_route(rows, (size - 1, size - 1), (0, size // 2))]
