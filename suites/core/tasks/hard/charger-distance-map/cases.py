# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def small_floor(m):
    return m.charger_distances([
        "C..#....",
        ".#.#.##.",
        ".#...#C.",
        "...#....",
    ])


@case()
def walls_force_detours(m):
    return m.charger_distances([
        "C#.....",
        ".#.###.",
        ".#.#.#.",
        "...#...",
    ])


@case("edge")
def unreachable_and_no_chargers(m):
    return [
        m.charger_distances(["C.#..", "..#..", "###.."]),
        m.charger_distances(["...", ".#."]),
    ]


@case("edge")
def no_wraparound_at_edges(m):
    return m.charger_distances([
        ".#C",
        "##.",
        "C#.",
    ])


@case("edge")
def single_cells_and_empty(m):
    return [m.charger_distances(["C"]), m.charger_distances(["#"]), m.charger_distances(["."]),
            m.charger_distances([]), m.charger_distances(["", ""])]


@case("edge")
def one_row_and_one_column(m):
    return [m.charger_distances([".C...C."]), m.charger_distances([".", "C", "#", ".", "C"])]


@case("error-handling")
def ragged_rows(m):
    return m.charger_distances(["C..", ".."])


@case("error-handling")
def bad_character(m):
    return m.charger_distances(["C.x", "..."])


@case("perf")
def big_warehouse(m):
    rng = random.Random(7)
    size = 300
    rows = []
    for r in range(size):
        row = []
        for c in range(size):
            x = rng.random()
            row.append("#" if x < 0.25 else "C" if x < 0.27 else ".")
        rows.append("".join(row))
    dist = m.charger_distances(rows)
    flat = [d for row in dist for d in row]
    return [len(dist), len(dist[0]), sum(flat), max(flat), flat.count(-1), dist[150][:40]]
