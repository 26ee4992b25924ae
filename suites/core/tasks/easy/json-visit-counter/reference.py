# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import json
import os


def record_visit(path: str, page: str) -> int:
    """Increment the visit counter of `page` in a JSON file and return the new count."""
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    counts = json.loads(text) if text.strip() else {}
    if not isinstance(counts, dict):
        raise ValueError("the counter file must hold a JSON object")
    current = counts.get(page, 0)
    if not isinstance(current, int) or isinstance(current, bool):
        raise ValueError(f"count for {page!r} is not an integer")
    counts[page] = current + 1
    with open(path, "w", encoding="utf-8") as f:
        json.dump(counts, f, ensure_ascii=False, indent=2)
    return counts[page]
