# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter

_MOD = (1 << 61) - 1
_BASE = 1_000_003


def longest_repeat(text: str, min_count: int = 2) -> tuple[str, list[int]]:
    """Longest substring occurring at least `min_count` times (overlaps allowed) and its starts.

    Ties on length go to the substring whose first occurrence is earliest. A binary search on the
    length uses polynomial hashes of all windows of one length; the final answer is checked
    against the text itself, so a hash collision cannot produce a wrong result.
    """
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 2:
        raise ValueError(f"min_count must be an int >= 2, got {min_count!r}")
    n = len(text)
    prefix = [0] * (n + 1)
    power = [1] * (n + 1)
    for i, ch in enumerate(text):
        prefix[i + 1] = (prefix[i] * _BASE + ord(ch)) % _MOD
        power[i + 1] = power[i] * _BASE % _MOD

    def window_hashes(length: int) -> list[int]:
        shift = power[length]
        return [(prefix[i + length] - prefix[i] * shift) % _MOD for i in range(n - length + 1)]

    def probably_repeats(length: int) -> bool:
        return max(Counter(window_hashes(length)).values()) >= min_count

    def earliest_repeat(length: int) -> list[int] | None:
        """Starts of the earliest-first substring of `length` occurring `min_count` times."""
        hashes = window_hashes(length)
        counts = Counter(hashes)
        groups: dict[int, list[int]] = {}
        for start, key in enumerate(hashes):
            if counts[key] >= min_count:
                groups.setdefault(key, []).append(start)
        best: list[int] | None = None
        for starts in groups.values():  # ordered by first start
            if best is not None and starts[0] > best[0]:
                break
            by_text: dict[str, list[int]] = {}
            for start in starts:
                by_text.setdefault(text[start:start + length], []).append(start)
            for same in by_text.values():
                if len(same) >= min_count and (best is None or same[0] < best[0]):
                    best = same
        return best

    # If a length-L substring repeats, so do its prefixes: repetition is monotonic in L.
    # min_count overlapping copies of a length-L substring need L + min_count - 1 characters.
    lo, hi = 0, n - min_count
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if probably_repeats(mid):
            lo = mid
        else:
            hi = mid - 1
    # A (very unlikely) hash collision can only overestimate the length: step down until verified.
    for length in range(lo, 0, -1):
        starts = earliest_repeat(length)
        if starts is not None:
            return text[starts[0]:starts[0] + length], starts
    return "", []
