# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import string

RESERVED = {"admin", "root", "support", "system"}
ALLOWED = set(string.ascii_lowercase + string.digits + "_.")


def username_problems(name):
    problems = []
    if len(name) < 3:
        problems.append("too-short")
    if len(name) > 20:
        problems.append("too-long")
    if name and name[0] not in string.ascii_lowercase:
        problems.append("bad-start")
    for ch in name:
        if ch not in ALLOWED:
            problems.append("bad-chars")
    if name and name[-1] in "_.":
        problems.append("bad-end")
    for a, b in zip(name, name[1:]):
        if a in "_." and b in "_.":
            problems.append("double-separator")
            break
    if name.lower() in RESERVED:
        problems.append("reserved")
    return problems
