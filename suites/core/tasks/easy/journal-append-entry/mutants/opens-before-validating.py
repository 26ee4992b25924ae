# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def append_entry(path, day, text):
    with open(path, "a+", encoding="utf-8") as f:
        f.seek(0)
        content = f.read()
        text = text.strip()
        if not text or "\n" in text or "\r" in text:
            raise ValueError("bad entry")
        if content and not content.endswith("\n"):
            f.write("\n")
            content += "\n"
        f.write(f"{day.isoformat()} | {text}\n")
    return content.count("\n") + 1
