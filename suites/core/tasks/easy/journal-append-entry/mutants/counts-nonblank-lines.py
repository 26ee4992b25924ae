# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os


def append_entry(path, day, text):
    text = text.strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("bad entry")
    content = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            content = f.read()
    with open(path, "a", encoding="utf-8") as f:
        if content and not content.endswith("\n"):
            f.write("\n")
        f.write(f"{day.isoformat()} | {text}\n")
    return len([line for line in content.splitlines() if line.strip()]) + 1
