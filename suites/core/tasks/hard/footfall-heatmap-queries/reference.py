# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Rectangle totals over a fixed grid using a 2-D prefix-sum table."""
from itertools import accumulate


class Heatmap:
    """Immutable snapshot of a count grid that answers rectangle sums in O(1)."""

    def __init__(self, grid: list[list[int]]) -> None:
        self.rows = len(grid)
        self.cols = len(grid[0]) if grid else 0
        if any(len(row) != self.cols for row in grid):
            raise ValueError("all rows of the heatmap must have the same length")
        # table[r][c] = sum of grid[0:r][0:c]
        self.table = [[0] * (self.cols + 1)]
        for row in grid:
            above = self.table[-1]
            self.table.append([0] + [a + b for a, b in zip(above[1:], accumulate(row))])

    def total(self, top: int, left: int, bottom: int, right: int) -> int:
        """Sum of the tiles in rows top..bottom and columns left..right, inclusive."""
        if top > bottom or left > right:
            raise ValueError("inverted rectangle")
        if top < 0 or left < 0 or bottom >= self.rows or right >= self.cols:
            raise ValueError("rectangle lies outside the heatmap")
        t = self.table
        return t[bottom + 1][right + 1] - t[top][right + 1] - t[bottom + 1][left] + t[top][left]
