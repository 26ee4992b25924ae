# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def shortest_route(floor, start, goal):
    rows, cols = len(floor), len(floor[0])
    for r, c in (start, goal):
        if not (0 <= r < rows and 0 <= c < cols) or floor[r][c] == "#":
            raise ValueError("not an open cell")
    queue = deque([(start, 0)])
    visited = {start}
    while queue:
        (r, c), dist = queue.popleft()
        if (r, c) == goal:
            return dist
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            try:
                cell = floor[nr][nc]
            except IndexError:
                continue
            if cell != "#" and (nr, nc) not in visited:
                visited.add((nr, nc))
                queue.append(((nr, nc), dist + 1))
    return None
