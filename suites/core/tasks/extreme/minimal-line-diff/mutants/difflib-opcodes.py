# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from difflib import SequenceMatcher


def diff_lines(a, b):
    script = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            script += [("=", x) for x in a[i1:i2]]
        else:
            script += [("-", x) for x in a[i1:i2]]
            script += [("+", y) for y in b[j1:j2]]
    return script
