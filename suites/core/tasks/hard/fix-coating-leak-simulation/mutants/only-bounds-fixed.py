# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


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
    grid = [[False] * cols for _ in range(rows)]
    for step, (r, c) in enumerate(opened, start=1):
        grid[r][c] = True
        if _leaks(grid, rows, cols):
            return step
    return None


def _leaks(grid, rows, cols):
    queue = deque((0, c) for c in range(cols) if grid[0][c])
    seen = set(queue)
    while queue:
        r, c = queue.popleft()
        if r == rows - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and grid[nr][nc]:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return False
