# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def diff_settings(old, new):
    changed = {}
    unchanged = 0
    for key in old:
        before, after = old[key], new.get(key)
        if key not in new:
            continue
        if type(before) is not type(after) or before != after:
            changed[key] = (before, after)
        else:
            unchanged += 1
    added = sorted(k for k in new if old.get(k) is None and new[k] is not None)
    return {
        "added": added,
        "removed": sorted(k for k in old if k not in new),
        "changed": changed,
        "unchanged": unchanged,
    }
