# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def append_entry(path, day, text):
    text = text.strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("bad entry")
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{day.isoformat()} | {text}\n")
    with open(path, encoding="utf-8") as f:
        return f.read().count("\n")
