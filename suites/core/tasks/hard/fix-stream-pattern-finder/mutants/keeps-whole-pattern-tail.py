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
    keep = len(pattern)  # a match spanning a boundary starts in the last `keep` characters
    found: list[int] = []
    tail = ""  # the last `keep` (or fewer) characters seen so far
    tail_offset = 0  # offset of tail[0] in the whole text
    for chunk in chunks:
        window = tail + chunk
        pos = window.find(pattern)
        while pos != -1:
            found.append(tail_offset + pos)
            pos = window.find(pattern, pos + 1)
        # `tail` is shorter than the pattern, so no match found above can be found again.
        cut = max(0, len(window) - keep)
        tail = window[cut:]
        tail_offset += cut
    return found
