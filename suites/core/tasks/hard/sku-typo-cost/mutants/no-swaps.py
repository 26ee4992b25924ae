# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def typo_cost(typed, sku):
    if not isinstance(typed, str) or not isinstance(sku, str):
        raise TypeError("strings expected")
    prev = [2 * j for j in range(len(sku) + 1)]
    for i, a in enumerate(typed, 1):
        cur = [2 * i]
        for j, b in enumerate(sku, 1):
            sub = 0 if a == b else 1 if a.lower() == b.lower() else 3
            cur.append(min(prev[j - 1] + sub, prev[j] + 2, cur[j - 1] + 2))
        prev = cur
    return prev[-1]
