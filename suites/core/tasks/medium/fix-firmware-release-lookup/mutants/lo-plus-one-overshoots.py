# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def compatible_release(releases, build):
    if not releases:
        return None
    lo, hi = 0, len(releases) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if releases[mid][0] <= build:
            lo = mid + 1
        else:
            hi = mid - 1
    if releases[lo][0] <= build:
        return releases[lo][1]
    return None
