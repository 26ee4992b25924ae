# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def diff_settings(old, new):
    changed = {}
    unchanged = 0
    for key in old.keys() & new.keys():
        before, after = old[key], new[key]
        if not isinstance(after, type(before)) or before != after:
            changed[key] = (before, after)
        else:
            unchanged += 1
    return {
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": changed,
        "unchanged": unchanged,
    }
