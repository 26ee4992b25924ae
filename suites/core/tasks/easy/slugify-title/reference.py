# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
import unicodedata


def slugify(title: str, max_length: int = 60) -> str:
    """Lower-case, ASCII, hyphen-separated slug of title, cut at a word boundary."""
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    decomposed = unicodedata.normalize("NFKD", title)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = re.sub("['\u2019]", "", folded).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > max_length:
        # A hyphen at index max_length means the first max_length chars end on a whole word.
        head = slug[: max_length + 1]
        slug = head[: head.rindex("-")] if "-" in head else slug[:max_length]
    return slug or "untitled"
