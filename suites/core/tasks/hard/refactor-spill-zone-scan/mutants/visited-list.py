# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def spill_zones(grid):
    if not grid:
        return []
    h, w = len(grid), len(grid[0])
    for row in grid:
        if len(row) != w or set(row) - set(".W~"):
            raise ValueError("bad grid")
    visited = set()
    zones = []
    for r0 in range(h):
        for c0 in range(w):
            if grid[r0][c0] == "." or (r0, c0) in visited:
                continue
            zone = [(r0, c0)]
            visited.add((r0, c0))
            for r, c in zone:
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "." and (nr, nc) not in zone:
                        visited.add((nr, nc))
                        zone.append((nr, nc))
            water = any(grid[r][c] == "~" for r, c in zone)
            if len(zone) >= 3 or water:
                zones.append((len(zone), water, r0, c0))
    zones.sort(key=lambda z: (-z[0], z[2], z[3]))
    return zones
