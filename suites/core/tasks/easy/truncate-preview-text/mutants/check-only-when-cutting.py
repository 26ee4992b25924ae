# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def truncate_preview(text, limit, ellipsis="\u2026"):
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    budget = limit - len(ellipsis)
    if budget <= 0:
        raise ValueError("limit too small")
    head = clean[: budget + 1]
    kept = head[: head.rindex(" ")] if " " in head else clean[:budget]
    return kept + ellipsis
