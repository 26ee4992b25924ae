# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def compatible_release(releases, build):
    if not releases:
        return None
    lo, hi = 0, len(releases) - 1
    answer = None
    while lo <= hi:
        mid = (lo + hi) // 2
        if releases[mid][0] == build:
            return releases[mid][1]
        if releases[mid][0] < build:
            answer = releases[mid][1]
            lo = mid + 1
        else:
            hi = mid - 1
    return answer
