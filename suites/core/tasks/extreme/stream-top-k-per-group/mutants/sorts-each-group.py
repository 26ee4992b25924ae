# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def top_k_per_group(records, k, group, score):
    if not isinstance(k, int) or isinstance(k, bool) or k < 0:
        raise ValueError("k must be a non-negative integer")
    if k == 0:
        return {}
    groups = {}
    for record in records:
        groups.setdefault(group(record), []).append((score(record), record))
    result = {}
    for name, items in groups.items():
        items.sort(key=lambda pair: pair[0], reverse=True)  # stable: ties keep input order
        result[name] = [record for _, record in items[:k]]
    return result
