# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Find the wet zones on a floor-sensor grid."""
from collections import deque

DRY, WET, STANDING_WATER = ".", "W", "~"
MIN_ZONE_CELLS = 3  # smaller damp patches are sensor noise, unless they hold standing water

NEIGHBOUR_STEPS = ((-1, 0), (1, 0), (0, -1), (0, 1))


def spill_zones(grid: list[str]) -> list[tuple[int, bool, int, int]]:
    """Return the wet zones of ``grid`` as (cells, has_standing_water, row, col) tuples.

    A zone is a group of non-dry cells connected up/down/left/right; (row, col) is the first of
    its cells in reading order. Zones of fewer than MIN_ZONE_CELLS cells are ignored unless they
    contain standing water. Zones are ordered by size (largest first), then by position.
    Raises ValueError for ragged rows or unknown characters.
    """
    if not grid:
        return []
    height, width = len(grid), len(grid[0])
    for row in grid:
        if len(row) != width or set(row) - {DRY, WET, STANDING_WATER}:
            raise ValueError("bad grid")

    seen = [[False] * width for _ in range(height)]
    zones = []
    for row in range(height):
        for col in range(width):
            if grid[row][col] == DRY or seen[row][col]:
                continue
            seen[row][col] = True
            queue = deque([(row, col)])
            cells = 0
            has_standing_water = False
            while queue:
                r, c = queue.popleft()
                cells += 1
                has_standing_water = has_standing_water or grid[r][c] == STANDING_WATER
                for dr, dc in NEIGHBOUR_STEPS:
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < height and 0 <= nc < width and not seen[nr][nc] and grid[nr][nc] != DRY:
                        seen[nr][nc] = True
                        queue.append((nr, nc))
            if cells >= MIN_ZONE_CELLS or has_standing_water:
                zones.append((cells, has_standing_water, row, col))
    zones.sort(key=lambda zone: (-zone[0], zone[2], zone[3]))
    return zones
