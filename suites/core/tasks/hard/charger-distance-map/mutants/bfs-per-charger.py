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
    best = [[-1] * w for _ in range(h)]
    for sr in range(h):
        for sc in range(w):
            if floor[sr][sc] != "C":
                continue
            seen = [[False] * w for _ in range(h)]
            seen[sr][sc] = True
            q = deque([(sr, sc, 0)])
            while q:
                r, c, d = q.popleft()
                if best[r][c] == -1 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < h and 0 <= nc < w and not seen[nr][nc] and floor[nr][nc] != "#":
                        seen[nr][nc] = True
                        q.append((nr, nc, d + 1))
    return best
