# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def first_leak_step(rows: int, cols: int, opened: list[tuple[int, int]]) -> int | None:
    """Step at which a corroding coating first leaks.

    The coating is a `rows` x `cols` grid of cells, all sealed at first. `opened` lists the
    cells `(row, col)` that corrode through, in order; step k (1-based) opens `opened[k - 1]`.
    Opening a cell that is already open changes nothing (but still counts as a step). Liquid
    enters every open cell of row 0 and flows between open cells that share a side. Returns the
    first step after which liquid reaches an open cell of the last row, or None if it never does.
    Raises ValueError if `rows` or `cols` is not positive or if any cell lies outside the grid.
    """
    if rows <= 0 or cols <= 0:
        raise ValueError("grid must have at least one row and one column")
    for r, c in opened:
        if not (0 <= r < rows and 0 <= c < cols):
            raise ValueError(f"cell {(r, c)} is outside the grid")

    # Union-find over cells (r * cols + c) plus two virtual nodes: the top and the bottom edge.
    top, bottom = rows * cols, rows * cols + 1
    parent = list(range(rows * cols + 2))
    is_open = [False] * (rows * cols)

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    # a cell that corrodes twice only matters the first time
    for step, (r, c) in enumerate(dict.fromkeys(opened), start=1):
        cell = r * cols + c
        if not is_open[cell]:
            is_open[cell] = True
            if r == 0:
                union(cell, top)
            if r == rows - 1:  # not elif: with one row a cell touches both edges
                union(cell, bottom)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and is_open[nr * cols + nc]:
                    union(cell, nr * cols + nc)
        if find(top) == find(bottom):
            return step
    return None
