# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class Heatmap:
    def __init__(self, grid):
        self.rows = len(grid)
        self.cols = len(grid[0]) if grid else 0
        if any(len(r) != self.cols for r in grid):
            raise ValueError("ragged")
        self.t = [[0] * (self.cols + 1)]
        for row in grid:
            run, new = 0, [0]
            for c, v in enumerate(row):
                run += v
                new.append(self.t[-1][c + 1] + run)
            self.t.append(new)

    def total(self, top, left, bottom, right):
        if top > bottom or left > right:
            raise ValueError("inverted")
        if top < 0 or left < 0 or bottom >= self.rows or right >= self.cols:
            raise ValueError("outside")
        t = self.t
        return t[bottom + 1][right + 1] - t[bottom + 1][left] - t[top][right] + t[top][left]
