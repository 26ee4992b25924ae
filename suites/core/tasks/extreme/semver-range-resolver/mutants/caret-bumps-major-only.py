# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""npm-style semantic version ranges: parsing, matching and max_satisfying."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUM = r"0|[1-9]\d*"
_IDENT = r"(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)"
_VERSION_RE = re.compile(
    rf"^({_NUM})\.({_NUM})\.({_NUM})(?:-({_IDENT}(?:\.{_IDENT})*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$"
)
_WILD = r"(?:x|X|\*|" + _NUM + ")"
_PARTIAL_RE = re.compile(
    rf"^({_WILD})(?:\.({_WILD})(?:\.({_WILD})(?:-({_IDENT}(?:\.{_IDENT})*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$"
)
_COMPARATOR_RE = re.compile(r"^(<=|>=|<|>|=|~|\^)?(.*)$")


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: tuple = ()

    def __post_init__(self) -> None:
        # Released versions sort after their prereleases; numeric identifiers before alphanumeric ones.
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.pre)
        object.__setattr__(self, "key", (self.major, self.minor, self.patch, 0 if self.pre else 1, pre))


def _pre(text: str | None) -> tuple:
    if not text:
        return ()
    return tuple(int(p) if p.isdigit() else p for p in text.split("."))


@lru_cache(maxsize=65536)
def parse_version(text: str) -> Version:
    match = _VERSION_RE.match(text)
    if not match:
        raise ValueError(f"invalid version {text!r}")
    major, minor, patch, pre, _build = match.groups()
    return Version(int(major), int(minor), int(patch), _pre(pre))


# A comparator is (operator, Version) with operator one of <, <=, >, >=; a set is a list of them.
Comparator = tuple[str, Version]
ANY: list[Comparator] = [(">=", Version(0, 0, 0))]
NOTHING: list[Comparator] = [("<", Version(0, 0, 0, (0,)))]


def _partial(text: str) -> tuple[list[int | None], tuple]:
    match = _PARTIAL_RE.match(text)
    if not match:
        raise ValueError(f"invalid version {text!r}")
    parts: list[int | None] = []
    for raw in match.groups()[:3]:
        if raw is None or raw in ("x", "X", "*") or (parts and parts[-1] is None):
            parts.append(None)
        else:
            parts.append(int(raw))
    return parts, _pre(match.group(4))


def _bump(parts: list[int | None]) -> Version:
    """The first version above the partial version `parts` (which has at least one known part)."""
    known = [p for p in parts if p is not None]
    if len(known) == 1:
        return Version(known[0] + 1, 0, 0)
    return Version(known[0], known[1] + 1, 0)


def _expand(op: str, text: str) -> list[Comparator]:
    parts, pre = _partial(text)
    major, minor, patch = parts
    low = Version(major or 0, minor or 0, patch or 0, pre)
    if op == "~":
        if major is None:
            return ANY
        high = Version(major + 1, 0, 0) if minor is None else Version(major, minor + 1, 0)
        return [(">=", low), ("<", high)]
    if op == "^":
        if major is None:
            return ANY
        high = Version(major + 1, 0, 0)
        return [(">=", low), ("<", high)]
    if patch is not None:
        return [("=" if op == "" else op, low)] if op not in ("", "=") else [(">=", low), ("<=", low)]
    if major is None:
        return NOTHING if op in ("<", ">") else ANY
    if op in ("", "="):
        return [(">=", low), ("<", _bump(parts))]
    if op == ">":
        return [(">=", _bump(parts))]
    if op == "<=":
        return [("<", _bump(parts))]
    return [(op, low)]


def _parse_set(text: str) -> list[Comparator]:
    text = re.sub(r"(<=|>=|<|>|=|~|\^)\s+", r"\1", text.strip())
    tokens = text.split()
    if not tokens:
        return ANY
    if len(tokens) == 3 and tokens[1] == "-":
        low_parts, low_pre = _partial(tokens[0])
        high_parts, high_pre = _partial(tokens[2])
        low = [(">=", Version(*(p or 0 for p in low_parts), low_pre))] if low_parts[0] is not None else ANY
        if high_parts[0] is None:
            high: list[Comparator] = []
        elif high_parts[2] is not None:
            high = [("<=", Version(*high_parts, high_pre))]
        else:
            high = [("<", _bump(high_parts))]
        return low + high
    comparators: list[Comparator] = []
    for token in tokens:
        op, rest = _COMPARATOR_RE.match(token).groups()
        if not rest:
            raise ValueError(f"comparator {token!r} has no version")
        comparators.extend(_expand(op or "", rest))
    return comparators


def parse_range(range_expr: str) -> list[list[Comparator]]:
    return [_parse_set(part) for part in range_expr.split("||")]


_TESTS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


@dataclass(frozen=True)
class _CompiledSet:
    tests: tuple            # (comparison function, bound key) pairs
    prerelease_cores: frozenset  # (major, minor, patch) of bounds that carry a prerelease

    def allows(self, version: Version) -> bool:
        key = version.key
        if not all(test(key, bound) for test, bound in self.tests):
            return False
        return not version.pre or (version.major, version.minor, version.patch) in self.prerelease_cores


@lru_cache(maxsize=1024)
def _compile(range_expr: str) -> tuple[_CompiledSet, ...]:
    return tuple(
        _CompiledSet(
            tuple((_TESTS[op], bound.key) for op, bound in comparators),
            frozenset((b.major, b.minor, b.patch) for _, b in comparators if b.pre),
        )
        for comparators in parse_range(range_expr)
    )


def _allows(sets: tuple[_CompiledSet, ...], version: Version) -> bool:
    return any(s.allows(version) for s in sets)


@lru_cache(maxsize=65536)
def satisfies(version: str, range_expr: str) -> bool:
    """Whether `version` satisfies the npm-style range `range_expr` (memoised: called in hot loops)."""
    return _allows(_compile(range_expr), parse_version(version))


def max_satisfying(versions: list[str], range_expr: str) -> str | None:
    """The highest of `versions` that satisfies the range (first one on equal precedence), or None."""
    sets = _compile(range_expr)
    best: str | None = None
    best_key: tuple | None = None
    for text in versions:
        version = parse_version(text)
        if (best_key is None or version.key > best_key) and _allows(sets, version):
            best, best_key = text, version.key
    return best
