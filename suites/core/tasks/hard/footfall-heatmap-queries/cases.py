# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

GRID = [
    [3, 0, 1, 4],
    [2, 5, -1, 0],
    [7, 1, 1, 2],
]


@case()
def small_queries(m):
    h = m.Heatmap(GRID)
    return [h.total(0, 0, 2, 3), h.total(1, 1, 2, 2), h.total(0, 3, 2, 3), h.total(2, 0, 2, 1), h.total(1, 2, 1, 2)]


@case()
def every_rectangle_of_small_grid(m):
    h = m.Heatmap(GRID)
    return [h.total(t, l, b, r) for t in range(3) for b in range(t, 3) for l in range(4) for r in range(l, 4)]


@case("edge")
def single_tile_grid(m):
    h = m.Heatmap([[-9]])
    return h.total(0, 0, 0, 0)


@case("edge")
def one_row_and_one_column(m):
    row = m.Heatmap([[1, 2, 3, 4, 5]])
    col = m.Heatmap([[1], [2], [3], [4], [5]])
    return [row.total(0, 1, 0, 3), col.total(1, 0, 3, 0), row.total(0, 4, 0, 4), col.total(0, 0, 4, 0)]


@case("edge")
def snapshot_not_live(m):
    grid = [[1, 1], [1, 1]]
    h = m.Heatmap(grid)
    grid[0][0] = 100
    grid.append([5, 5])
    return h.total(0, 0, 1, 1)


@case("error-handling")
def negative_coordinate(m):
    return m.Heatmap(GRID).total(-1, 0, 1, 1)


@case("error-handling")
def past_the_edge(m):
    return m.Heatmap(GRID).total(0, 0, 2, 4)


@case("error-handling")
def inverted_rectangle(m):
    return m.Heatmap(GRID).total(2, 0, 1, 3)


@case("error-handling")
def empty_grid_query(m):
    return m.Heatmap([]).total(0, 0, 0, 0)


@case("error-handling")
def ragged_grid(m):
    return m.Heatmap([[1, 2, 3], [4, 5]])


@case("perf")
def dashboard_load(m):
    rng = random.Random(7)
    size = 500
    grid = [[rng.getrandbits(8) - 20 for _ in range(size)] for _ in range(size)]
    h = m.Heatmap(grid)
    out = 0
    checksum = 0
    for i in range(50_000):
        top, bottom = sorted((rng.randrange(size), rng.randrange(size)))
        left, right = sorted((rng.randrange(size), rng.randrange(size)))
        value = h.total(top, left, bottom, right)
        out += value
        checksum = (checksum * 31 + value) % 1_000_000_007
    return [out, checksum]
