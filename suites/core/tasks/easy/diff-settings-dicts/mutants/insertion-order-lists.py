# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def diff_settings(old, new):
    changed = {}
    unchanged = 0
    for key in old:
        if key in new:
            if type(old[key]) is not type(new[key]) or old[key] != new[key]:
                changed[key] = (old[key], new[key])
            else:
                unchanged += 1
    return {
        "added": [k for k in new if k not in old],
        "removed": [k for k in old if k not in new],
        "changed": changed,
        "unchanged": unchanged,
    }
