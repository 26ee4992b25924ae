# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def compatible_release(releases: list[tuple[int, str]], build: int) -> str | None:
    """Return the newest firmware version that a device on `build` can install.

    `releases` is a list of (min_build, version) pairs sorted by min_build, oldest first; when
    several releases share a min_build, the later one in the list is newer. A release is
    compatible when min_build <= build. Returns None if no release is compatible.
    The list has thousands of entries and this runs on every device check-in, so it must
    stay a binary search.
    """
    # Invariant: releases[:lo] are compatible, releases[hi:] are not.
    lo, hi = 0, len(releases)
    while lo < hi:
        mid = (lo + hi) // 2
        if releases[mid][0] <= build:
            lo = mid + 1
        else:
            hi = mid
    return releases[lo - 1][1] if lo > 0 else None
