# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Glob matching for dotted config paths such as 'services.web.env.DEBUG'."""
from fnmatch import fnmatchcase


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

    def rec(pi: int, si: int) -> bool:
        if pi == len(pat):
            return si == len(segs)
        if pat[pi] == "**":
            for k in range(1, len(segs) - si + 1):
                if rec(pi + 1, si + k):
                    return True
            return False
        if si == len(segs):
            return False
        if not fnmatchcase(segs[si], pat[pi]):
            return False
        return rec(pi + 1, si + 1)

    return rec(0, 0)
