# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Fewest-word hashtag segmentation by dynamic programming over suffixes."""


def split_hashtag(tag: str, vocabulary: set[str]) -> list[str] | None:
    """Split tag into the fewest vocabulary words (digit runs are words of their own)."""
    body = tag[1:] if tag.startswith("#") else tag
    if not all(ch.isalnum() for ch in body):
        raise ValueError(f"hashtag contains characters other than letters and digits: {tag!r}")
    words = {word.lower() for word in vocabulary if word}
    longest = max((len(word) for word in words), default=0)
    lower = body.lower()
    n = len(body)

    # run_end[i]: where the digit run starting at i ends (only for the first digit of a run).
    run_end: dict[int, int] = {}
    i = 0
    while i < n:
        if body[i].isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            run_end[i] = j
            i = j
        else:
            i += 1

    unreachable = n + 1
    fewest = [unreachable] * (n + 1)  # fewest[i]: fewest pieces for body[i:]
    fewest[n] = 0
    for i in range(n - 1, -1, -1):
        if body[i].isdigit():
            if i in run_end:
                fewest[i] = fewest[run_end[i]] + 1
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            if fewest[j] + 1 < fewest[i] and lower[i:j] in words:
                fewest[i] = fewest[j] + 1
    if fewest[0] >= unreachable:
        return None

    pieces: list[str] = []
    i = 0
    while i < n:
        if i in run_end:
            j = run_end[i]
        else:
            j = next(
                j
                for j in range(min(n, i + longest), i, -1)
                if fewest[j] == fewest[i] - 1 and lower[i:j] in words
            )
        pieces.append(body[i:j])
        i = j
    return pieces
