# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re

RESERVED = {"admin", "root", "support", "system"}


def username_problems(name):
    problems = []
    if len(name) < 3:
        problems.append("too-short")
    if len(name) > 20:
        problems.append("too-long")
    if name and not (name[0].isalpha() and name[0].islower()):
        problems.append("bad-start")
    if re.search(r"[^a-z0-9_.]", name):
        problems.append("bad-chars")
    if name.endswith("_") or name.endswith("."):
        problems.append("bad-end")
    if re.search(r"[_.]{2}", name):
        problems.append("double-separator")
    if name.lower() in RESERVED:
        problems.append("reserved")
    return problems
