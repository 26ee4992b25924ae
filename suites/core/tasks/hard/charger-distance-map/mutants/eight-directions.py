# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def charger_distances(floor):
    if not floor:
        return []
    w = len(floor[0])
    for row in floor:
        if len(row) != w or set(row) - set(".#C"):
            raise ValueError("bad floor")
    h = len(floor)
    dist = [[-1] * w for _ in range(h)]
    q = deque()
    for r in range(h):
        for c in range(w):
            if floor[r][c] == "C":
                dist[r][c] = 0
                q.append((r, c))
    while q:
        r, c = q.popleft()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < h and 0 <= nc < w and floor[nr][nc] != "#" and dist[nr][nc] == -1:
                    dist[nr][nc] = dist[r][c] + 1
                    q.append((nr, nc))
    return dist
