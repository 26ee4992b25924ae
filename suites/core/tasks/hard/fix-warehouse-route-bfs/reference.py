# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def shortest_route(floor, start, goal):
    """Fewest moves (up/down/left/right) from start to goal on the floor plan, or None.

    `floor` is a list of equal-length strings where '#' marks shelving; `start` and `goal`
    are (row, col) pairs. Robots cannot leave the floor plan.
    """
    rows, cols = len(floor), len(floor[0])
    for r, c in (start, goal):
        if not (0 <= r < rows and 0 <= c < cols) or floor[r][c] == "#":
            raise ValueError(f"{(r, c)} is not an open cell")
    start, goal = tuple(start), tuple(goal)
    queue = deque([(start, 0)])
    visited = {start}
    while queue:
        (r, c), dist = queue.popleft()
        if (r, c) == goal:
            return dist
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (
                0 <= nr < rows
                and 0 <= nc < cols
                and floor[nr][nc] != "#"
                and (nr, nc) not in visited
            ):
                visited.add((nr, nc))
                queue.append(((nr, nc), dist + 1))
    return None
