# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Glob patterns for repository paths (used by our CODEOWNERS-like review rules)."""
from __future__ import annotations

_STAR = "*"
_GLOBSTAR = "**"


def match(pattern: str, path: str) -> bool:
    """Return True if `path` matches the glob `pattern`.

    Paths and patterns use "/" between segments.
      ?       any one character except "/"
      *       any run of characters (possibly empty) except "/"
      [abc]   one of the listed characters; ranges like [a-z]; [!abc] negates. A "]" right
              after "[" or "[!" is a member. A "[" without a closing "]" in its segment is a
              literal "[". A class never matches "/". A range like [z-a] raises ValueError.
      **      as a whole segment: zero or more whole segments ("**/x", "a/**/b", "a/**");
              anywhere else it is just "*".

    The pattern and the path are split into segments; "*", "?" and classes work inside one
    segment, so they can never match "/". Both levels are matched without exponential
    backtracking.
    """
    compiled = [_GLOBSTAR if seg == "**" else _compile_segment(seg) for seg in pattern.split("/")]
    segments = path.split("/")
    n_pat, n_seg = len(compiled), len(segments)
    # can[j]: does compiled[i:] match segments[j:]? computed for i from the end.
    can = [j == n_seg for j in range(n_seg + 1)]
    for i in range(n_pat - 1, -1, -1):
        token = compiled[i]
        row = [False] * (n_seg + 1)
        if token is _GLOBSTAR:
            row[n_seg] = can[n_seg]
            for j in range(n_seg - 1, -1, -1):
                row[j] = can[j] or row[j + 1]
        else:
            for j in range(n_seg):
                row[j] = can[j + 1] and _match_segment(token, segments[j])
        can = row
    return can[0]


def _compile_segment(seg: str) -> list:
    """Turn one pattern segment into tokens: a str (literal), None ("?"), _STAR, or a class."""
    tokens: list = []
    i = 0
    while i < len(seg):
        c = seg[i]
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
            i += 1
        elif c == "?":
            tokens.append(None)
            i += 1
        elif c == "[" and (parsed := _parse_class(seg, i)) is not None:
            chars, ranges, negate, i = parsed
            tokens.append((frozenset(chars), tuple(ranges), negate))
        else:
            tokens.append(c)
            i += 1
    return tokens


def _parse_class(seg: str, i: int):
    """Parse the class starting at seg[i] == "["; return (chars, ranges, negate, end) or None."""
    k = i + 1
    negate = k < len(seg) and seg[k] == "!"
    if negate:
        k += 1
    start = k
    if k < len(seg) and seg[k] == "]":
        k += 1
    while k < len(seg) and seg[k] != "]":
        k += 1
    if k >= len(seg):
        return None
    body = seg[start:k]
    chars: set[str] = set()
    ranges: list[tuple[str, str]] = []
    n = 0
    while n < len(body):
        if n + 2 < len(body) and body[n + 1] == "-":
            lo, hi = body[n], body[n + 2]
            if lo > hi:
                raise ValueError(f"bad range {lo}-{hi} in {seg!r}")
            ranges.append((lo, hi))
            n += 3
        else:
            chars.add(body[n])
            n += 1
    return chars, ranges, negate, k + 1


def _one(token, ch: str) -> bool:
    if token is None:
        return True
    if isinstance(token, str):
        return token == ch
    chars, ranges, negate = token
    inside = ch in chars or any(lo <= ch <= hi for lo, hi in ranges)
    return inside != negate


def _match_segment(tokens: list, text: str) -> bool:
    """Match one segment; on a mismatch, only the most recent star is extended (O(n*m))."""
    ti = si = 0
    star = -1
    resume = 0
    while si < len(text):
        if ti < len(tokens) and tokens[ti] is _STAR:
            star, resume = ti, si
            ti += 1
        elif ti < len(tokens) and _one(tokens[ti], text[si]):
            ti += 1
            si += 1
        elif star != -1 and ti == star + 1:
            si += 1
        else:
            return False
    while ti < len(tokens) and tokens[ti] is _STAR:
        ti += 1
    return ti == len(tokens)
