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
            d[i][j] = min(d[i - 1][j - 1] + sub, d[i - 1][j] + 2, d[i][j - 1] + 2)
            if i > 1 and j > 1 and a.lower() == sku[j - 2].lower() and typed[i - 2].lower() == b.lower():
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[n][m]
