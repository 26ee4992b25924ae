# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def truncate_preview(text: str, limit: int, ellipsis: str = "\u2026") -> str:
    """Collapse whitespace and cut text at a word boundary so it fits in limit chars."""
    if limit <= len(ellipsis):
        raise ValueError("limit leaves no room for text")
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    budget = limit - len(ellipsis)
    head = clean[: budget + 1]  # a space at index budget means a whole word ends right there
    kept = head[: head.rindex(" ")] if " " in head else clean[:budget]
    return kept + ellipsis
