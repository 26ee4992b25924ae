# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def compatible_release(releases, build):
    for min_build, version in reversed(releases):
        if min_build <= build:
            return version
    return None
