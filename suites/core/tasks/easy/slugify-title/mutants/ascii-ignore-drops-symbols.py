# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
import unicodedata


def slugify(title, max_length=60):
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    text = re.sub("['\u2019]", "", title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        head = slug[: max_length + 1]
        slug = head[: head.rindex("-")] if "-" in head else slug[:max_length]
    return slug or "untitled"
