# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return _distance(a[1:], b[1:])
    return 1 + min(_distance(a[1:], b), _distance(a, b[1:]), _distance(a[1:], b[1:]))


def suggest_commands(typed, commands, limit=3):
    if limit < 0:
        raise ValueError("limit")
    t = typed.lower()
    max_edits = max(1, len(t) // 3)
    found = set()
    for c in commands:
        d = _distance(t, c.lower())
        if d <= max_edits:
            found.add((d, c))
    return [c for _, c in sorted(found)[:limit]]
