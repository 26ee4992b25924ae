# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

RESERVED = {"admin", "root", "support", "system"}


def username_problems(name):
    if len(name) < 3:
        return ["too-short"]
    if len(name) > 20:
        return ["too-long"]
    if not ("a" <= name[0] <= "z"):
        return ["bad-start"]
    if re.search(r"[^a-z0-9_.]", name):
        return ["bad-chars"]
    if name.endswith(("_", ".")):
        return ["bad-end"]
    if re.search(r"[_.]{2}", name):
        return ["double-separator"]
    if name.lower() in RESERVED:
        return ["reserved"]
    return []
