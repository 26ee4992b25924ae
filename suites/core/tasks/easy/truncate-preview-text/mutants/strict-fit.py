# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def truncate_preview(text, limit, ellipsis="\u2026"):
    if limit <= len(ellipsis):
        raise ValueError("limit too small")
    clean = " ".join(text.split())
    if len(clean) < limit:
        return clean
    budget = limit - len(ellipsis)
    head = clean[: budget + 1]
    kept = head[: head.rindex(" ")] if " " in head else clean[:budget]
    return kept + ellipsis
