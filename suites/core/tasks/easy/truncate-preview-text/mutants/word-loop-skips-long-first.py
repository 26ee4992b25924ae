# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def truncate_preview(text, limit, ellipsis="\u2026"):
    if limit <= len(ellipsis):
        raise ValueError("limit too small")
    words = text.split()
    clean = " ".join(words)
    if len(clean) <= limit:
        return clean
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if len(candidate) + len(ellipsis) > limit:
            break
        kept = candidate
    return kept + ellipsis
