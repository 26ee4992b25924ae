# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def reported_right_edge(m):
    return m.first_leak_step(3, 3, [(0, 2), (1, 2), (2, 2)])


@case()
def winding_path(m):
    opened = [(0, 0), (2, 2), (1, 0), (1, 1), (3, 3), (2, 1), (3, 0), (2, 3), (3, 1)]
    return [m.first_leak_step(4, 4, opened), m.first_leak_step(4, 4, opened[:-2])]


@case("edge")
def diagonal_contact_does_not_leak(m):
    return m.first_leak_step(3, 3, [(0, 0), (1, 1), (2, 2), (0, 2), (2, 0)])


@case("edge")
def reopening_still_counts_as_a_step(m):
    return m.first_leak_step(3, 2, [(0, 1), (0, 1), (1, 1), (1, 1), (1, 1), (2, 1)])


@case("edge")
def single_row_and_single_column(m):
    return [m.first_leak_step(1, 5, [(0, 3)]), m.first_leak_step(1, 1, []), m.first_leak_step(1, 1, [(0, 0)]),
            m.first_leak_step(4, 1, [(3, 0), (1, 0), (0, 0), (2, 0)])]


@case("edge")
def never_leaks(m):
    return [m.first_leak_step(2, 3, []), m.first_leak_step(3, 3, [(0, 0), (0, 1), (0, 2), (2, 0), (2, 1), (2, 2)])]


@case("error-handling")
def cell_outside_grid(m):
    return m.first_leak_step(3, 3, [(0, 0), (1, 3)])


@case("error-handling")
def negative_cell(m):
    return m.first_leak_step(3, 3, [(-1, 0)])


@case("error-handling")
def empty_grid(m):
    return m.first_leak_step(0, 4, [])


@case("perf")
def large_coating(m):
    rng = random.Random(7)
    results = []
    for rows, cols in ((200, 200), (80, 450)):
        cells = [(r, c) for r in range(rows) for c in range(cols)]
        rng.shuffle(cells)
        results.append(m.first_leak_step(rows, cols, cells))
    return results
