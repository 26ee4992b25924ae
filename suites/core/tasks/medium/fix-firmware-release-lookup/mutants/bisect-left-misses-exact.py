# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


def compatible_release(releases, build):
    index = bisect_left(releases, build, key=lambda r: r[0]) - 1
    return releases[index][1] if index >= 0 else None
