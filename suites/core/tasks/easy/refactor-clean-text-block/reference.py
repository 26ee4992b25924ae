# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def clean_text(text: str) -> str:
    """Normalise line endings, strip trailing spaces/tabs, squeeze blank lines.

    Runs of blank lines become one, blank lines at both ends are dropped, and a
    non-empty result ends with exactly one newline.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for line in (raw.rstrip(" \t") for raw in lines):
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""
