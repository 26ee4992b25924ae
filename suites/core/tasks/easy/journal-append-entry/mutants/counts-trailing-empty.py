# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os


def append_entry(path, day, text):
    text = text.strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("bad entry")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            content = f.read()
    else:
        content = ""
    if content and not content.endswith("\n"):
        content += "\n"
    content += f"{day.isoformat()} | {text}\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return len(content.split("\n"))
