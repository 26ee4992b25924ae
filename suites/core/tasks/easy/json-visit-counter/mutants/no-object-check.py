# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import json
import os


def record_visit(path, page):
    counts = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if text.strip():
            counts = json.loads(text)
    value = counts.get(page, 0) if hasattr(counts, "get") else counts[page]
    if type(value) is not int:
        raise ValueError("bad count")
    counts[page] = value + 1
    with open(path, "w", encoding="utf-8") as f:
        json.dump(counts, f)
    return counts[page]
