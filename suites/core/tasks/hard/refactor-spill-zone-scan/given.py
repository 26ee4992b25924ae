# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def spill_zones(grid):
    if len(grid) == 0:
        return []
    w = len(grid[0])
    for i in range(len(grid)):
        if len(grid[i]) != w:
            raise ValueError("bad grid")
        for j in range(len(grid[i])):
            if grid[i][j] != "W" and grid[i][j] != "." and grid[i][j] != "~":
                raise ValueError("bad grid")
    h = len(grid)
    done = [[0] * w for _ in range(h)]
    res = []
    for i in range(h):
        for j in range(w):
            if grid[i][j] == "." or done[i][j] == 1:
                continue
            cnt = 0
            big = 0
            todo = [(i, j)]
            done[i][j] = 1
            k = 0
            while k < len(todo):
                a = todo[k][0]
                b = todo[k][1]
                k = k + 1
                if grid[a][b] == "W":
                    cnt = cnt + 1
                else:
                    cnt = cnt + 1
                    big = 1
                if a > 0:
                    if grid[a - 1][b] != "." and done[a - 1][b] == 0:
                        done[a - 1][b] = 1
                        todo.append((a - 1, b))
                if a < h - 1:
                    if grid[a + 1][b] != "." and done[a + 1][b] == 0:
                        done[a + 1][b] = 1
                        todo.append((a + 1, b))
                if b > 0:
                    if grid[a][b - 1] != "." and done[a][b - 1] == 0:
                        done[a][b - 1] = 1
                        todo.append((a, b - 1))
                if b < w - 1:
                    if grid[a][b + 1] != "." and done[a][b + 1] == 0:
                        done[a][b + 1] = 1
                        todo.append((a, b + 1))
            if cnt >= 3 or big == 1:
                res.append((cnt, big == 1, i, j))
    res.sort(key=lambda t: (-t[0], t[2], t[3]))
    return res
