# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def typo_cost(typed, sku):
    if not isinstance(typed, str) or not isinstance(sku, str):
        raise TypeError("strings expected")
    n, m = len(typed), len(sku)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = 2 * i
    for j in range(m + 1):
        d[0][j] = 2 * j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            a, b = typed[i - 1], sku[j - 1]
            sub = 0 if a == b else 1 if a.lower() == b.lower() else 3
            best = min(d[i - 1][j - 1] + sub, d[i - 1][j] + 2, d[i][j - 1] + 2)
            if i > 1 and j > 1:
                # swap, then allow the swapped characters to be case-fixed
                x, y = typed[i - 2], typed[i - 1]
                c1 = 0 if y == sku[j - 2] else 1 if y.lower() == sku[j - 2].lower() else None
                c2 = 0 if x == b else 1 if x.lower() == b.lower() else None
                if c1 is not None and c2 is not None and x != y:
                    best = min(best, d[i - 2][j - 2] + 1 + c1 + c2)
            d[i][j] = best
    return d[n][m]
