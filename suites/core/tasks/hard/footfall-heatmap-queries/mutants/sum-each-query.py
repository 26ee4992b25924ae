# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class Heatmap:
    def __init__(self, grid):
        if any(len(r) != len(grid[0]) for r in grid):
            raise ValueError("ragged")
        self.grid = [list(r) for r in grid]

    def total(self, top, left, bottom, right):
        if top > bottom or left > right:
            raise ValueError("inverted")
        if top < 0 or left < 0 or bottom >= len(self.grid) or right >= len(self.grid[0]):
            raise ValueError("outside")
        return sum(sum(row[left:right + 1]) for row in self.grid[top:bottom + 1])
