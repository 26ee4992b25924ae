# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def typo_cost(typed, sku):
    if not isinstance(typed, str) or not isinstance(sku, str):
        raise TypeError("strings expected")

    def go(i, j):
        if i == 0:
            return 2 * j
        if j == 0:
            return 2 * i
        a, b = typed[i - 1], sku[j - 1]
        if a == b:
            sub = 0
        elif a.lower() == b.lower():
            sub = 1
        else:
            sub = 3
        best = min(go(i - 1, j - 1) + sub, go(i - 1, j) + 2, go(i, j - 1) + 2)
        if i > 1 and j > 1 and a == sku[j - 2] and typed[i - 2] == b and a != b:
            best = min(best, go(i - 2, j - 2) + 1)
        return best

    return go(len(typed), len(sku))
