# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Glob patterns for repository paths (used by our CODEOWNERS-like review rules)."""


def match(pattern, path):
    """Return True if `path` matches the glob `pattern`.

    Paths and patterns use "/" between segments.
      ?       any one character except "/"
      *       any run of characters (possibly empty) except "/"
      [abc]   one of the listed characters; ranges like [a-z]; [!abc] negates. A "]" right
              after "[" or "[!" is a member. A "[" without a closing "]" in its segment is a
              literal "[". A class never matches "/". A range like [z-a] raises ValueError.
      **      as a whole segment: zero or more whole segments ("**/x", "a/**/b", "a/**");
              anywhere else it is just "*".
    """
    return _match(pattern, path)


def _parse_class(p, i):
    """Parse the class starting at p[i] == "["; return (chars, ranges, negate, end) or None."""
    k = i + 1
    negate = k < len(p) and p[k] == "!"
    if negate:
        k += 1
    start = k
    if k < len(p) and p[k] == "]":
        k += 1
    while k < len(p) and p[k] not in "]/":
        k += 1
    if k >= len(p) or p[k] != "]":
        return None
    body = p[start:k]
    chars, ranges = set(), []
    n = 0
    while n < len(body):
        if n + 2 < len(body) and body[n + 1] == "-":
            lo, hi = body[n], body[n + 2]
            if lo > hi:
                raise ValueError(f"bad range {lo}-{hi} in {p!r}")
            ranges.append((lo, hi))
            n += 3
        else:
            chars.add(body[n])
            n += 1
    return chars, ranges, negate, k + 1


def _match(p, s):
    if not p:
        return not s
    if p.startswith("**/"):
        if _match(p[3:], s):
            return True
        return any(_match(p[3:], s[k + 1:]) for k, ch in enumerate(s) if ch == "/")
    if p == "**":
        return True
    if p == "/**" and not s:
        return True
    c = p[0]
    if c == "*":
        return any(_match(p[1:], s[k:]) for k in range(len(s) + 1))
    if not s:
        return False
    if c == "?":
        return s[0] != "/" and _match(p[1:], s[1:])
    if c == "[":
        parsed = _parse_class(p, 0)
        if parsed is not None:
            chars, ranges, negate, end = parsed
            if s[0] == "/":
                return False
            inside = s[0] in chars or any(lo <= s[0] <= hi for lo, hi in ranges)
            return inside != negate and _match(p[end:], s[1:])
    return c == s[0] and _match(p[1:], s[1:])
