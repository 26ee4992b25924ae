# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections.abc import Iterable


def find_in_stream(chunks: Iterable[str], pattern: str) -> list[int]:
    """Find every occurrence of `pattern` in a text that arrives as a sequence of chunks.

    Returns the start offsets (counted in the whole concatenated text) of all occurrences,
    overlapping ones included, in increasing order. `chunks` may be a one-shot iterator (for
    example lines read from a socket); occurrences may span chunk boundaries.
    Raises ValueError if `pattern` is empty.
    """
    if pattern == "":
        raise ValueError("empty pattern")
    text = ""
    found = []
    for chunk in chunks:
        text += chunk
        pos = text.find(pattern)
        while pos != -1:
            if pos not in found:
                found.append(pos)
            pos = text.find(pattern, pos + 1)
    return found
