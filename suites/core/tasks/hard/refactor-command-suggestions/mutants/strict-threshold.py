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
    max_edits = max(1, round(len(t) / 3))
    found = {(_distance(t, c.lower()), c) for c in commands}
    return [c for d, c in sorted(found) if d <= max_edits][:limit]
