# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Nearest-charger distance map (multi-source breadth-first search)."""
from collections import deque


def charger_distances(floor: list[str]) -> list[list[int]]:
    """Return, for every cell, the number of moves to the nearest charger (-1 if none)."""
    if not floor:
        return []
    width = len(floor[0])
    for row in floor:
        if len(row) != width:
            raise ValueError("all rows of the floor plan must have the same length")
        if set(row) - {".", "#", "C"}:
            raise ValueError(f"unexpected character in row {row!r}")

    height = len(floor)
    dist = [[-1] * width for _ in range(height)]
    queue: deque[tuple[int, int]] = deque()
    for r, row in enumerate(floor):
        for c, cell in enumerate(row):
            if cell == "C":
                dist[r][c] = 0
                queue.append((r, c))

    while queue:
        r, c = queue.popleft()
        step = dist[r][c] + 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < height and 0 <= nc < width and dist[nr][nc] == -1 and floor[nr][nc] != "#":
                dist[nr][nc] = step
                queue.append((nr, nc))
    return dist
