# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j - 1] + (x != y), prev[j] + 1, cur[j - 1] + 1))
        prev = cur
    return prev[-1]


def suggest_commands(typed, commands, limit=3):
    if limit < 0:
        raise ValueError("limit")
    t = typed.lower()
    max_edits = max(1, len(t) // 3)
    best = {}
    for c in commands:
        key = c.lower()
        if key in best:
            continue
        d = _distance(t, key)
        if d <= max_edits:
            best[key] = (d, c)
    return [c for _, c in sorted(best.values())[:limit]]
