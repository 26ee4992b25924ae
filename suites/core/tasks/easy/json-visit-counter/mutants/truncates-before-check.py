# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import json


def record_visit(path, page):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        text = ""
    with open(path, "w", encoding="utf-8") as f:
        counts = json.loads(text) if text.strip() else {}
        if not isinstance(counts, dict):
            raise ValueError("not an object")
        value = counts.get(page, 0)
        if type(value) is not int:
            raise ValueError("bad count")
        counts[page] = value + 1
        json.dump(counts, f)
    return counts[page]
