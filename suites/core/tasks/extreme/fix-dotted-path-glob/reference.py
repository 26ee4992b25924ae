# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Glob matching for dotted config paths such as 'services.web.env.DEBUG'."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1024)
def _segment_regex(segment: str) -> re.Pattern[str]:
    """Compile one pattern segment: '*' -> any run, '?' -> one character, everything else literal."""
    parts = []
    for ch in segment:
        if ch == "*":
            parts.append(".*")
        elif ch == "?":
            parts.append(".")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.DOTALL)


def match_path(pattern: str, path: str) -> bool:
    """Return True if the dotted `path` matches `pattern`.

    Both are split on '.'; the empty string means zero segments (the root).
    Pattern segments:
      '**'        matches zero or more whole path segments;
      otherwise   matches exactly one path segment, where '*' matches any run of
                  characters (possibly empty) and '?' exactly one character.
                  No other character is special.
    """
    pat = pattern.split(".") if pattern else []
    segs = path.split(".") if path else []
    # reachable[si] is True when pat[:pi] can match segs[:si]; advance one pattern segment at a time.
    reachable = [True] + [False] * len(segs)
    for piece in pat:
        if piece == "**":
            for si in range(1, len(segs) + 1):
                reachable[si] = reachable[si] or reachable[si - 1]
        else:
            regex = _segment_regex(piece)
            reachable = [False] + [
                reachable[si] and regex.fullmatch(segs[si]) is not None for si in range(len(segs))
            ]
        if not any(reachable):
            return False
    return reachable[len(segs)]
