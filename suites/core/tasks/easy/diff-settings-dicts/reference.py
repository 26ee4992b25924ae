# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def diff_settings(old: dict[str, object], new: dict[str, object]) -> dict:
    """Keys added, removed and changed (value or type) between two flat settings dicts."""
    changed = {}
    unchanged = 0
    for key in old:
        if key not in new:
            continue
        before, after = old[key], new[key]
        if type(before) is not type(after) or before != after:
            changed[key] = (before, after)
        else:
            unchanged += 1
    return {
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": changed,
        "unchanged": unchanged,
    }
