# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re


def to_snake_case(name: str) -> str:
    """Convert a camelCase / PascalCase identifier to snake_case."""
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise ValueError(f"not an ASCII identifier: {name!r}")
    split_acronyms = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    split_words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", split_acronyms)
    return split_words.lower()
