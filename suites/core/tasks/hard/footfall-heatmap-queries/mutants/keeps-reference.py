# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class Heatmap:
    def __init__(self, grid):
        if any(len(r) != len(grid[0]) for r in grid):
            raise ValueError("ragged")
        self.grid = grid
        self.cache = {}

    def _table(self):
        key = len(self.grid)
        if key not in self.cache:
            t = [[0] * (len(self.grid[0]) + 1 if self.grid else 1)]
            for row in self.grid:
                run, new = 0, [0]
                for c, v in enumerate(row):
                    run += v
                    new.append(t[-1][c + 1] + run)
                t.append(new)
            self.cache = {key: t}
        return self.cache[key]

    def total(self, top, left, bottom, right):
        if top > bottom or left > right:
            raise ValueError("inverted")
        if top < 0 or left < 0 or bottom >= len(self.grid) or right >= len(self.grid[0]):
            raise ValueError("outside")
        t = self._table()
        return t[bottom + 1][right + 1] - t[top][right + 1] - t[bottom + 1][left] + t[top][left]
