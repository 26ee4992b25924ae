# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def spill_zones(grid):
    if not grid:
        return []
    h, w = len(grid), len(grid[0])
    for row in grid:
        if len(row) != w or set(row) - set(".W~"):
            raise ValueError("bad grid")
    seen = [[False] * w for _ in range(h)]
    zones = []
    for r0 in range(h):
        for c0 in range(w):
            if grid[r0][c0] == "." or seen[r0][c0]:
                continue
            seen[r0][c0] = True
            q = deque([(r0, c0)])
            cells, water = 0, False
            while q:
                r, c = q.popleft()
                cells += 1
                water = water or grid[r][c] == "~"
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < h and 0 <= nc < w and not seen[nr][nc] and grid[nr][nc] != ".":
                            seen[nr][nc] = True
                            q.append((nr, nc))
            if cells >= 3 or water:
                zones.append((cells, water, r0, c0))
    zones.sort(key=lambda z: (-z[0], z[2], z[3]))
    return zones
