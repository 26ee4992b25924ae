# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
from datetime import date


def append_entry(path: str, day: date, text: str) -> int:
    """Append a dated one-line entry to a journal file and return its line count."""
    text = text.strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("an entry must be one non-empty line")
    existing = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            existing = f.read()
    prefix = "\n" if existing and not existing.endswith("\n") else ""
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(f"{prefix}{day.isoformat()} | {text}\n")
    return (existing + prefix).count("\n") + 1
