# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Backtracking dependency resolution with forward checking of pending constraints."""
from __future__ import annotations

import operator
import re
from typing import Callable

_CLAUSE = re.compile(r"\s*(>=|<=|==|!=|>|<)\s*(\d+(?:\.\d+)*)\s*\Z")
_OPS: dict[str, Callable[[tuple, tuple], bool]] = {
    ">=": operator.ge, "<=": operator.le, ">": operator.gt,
    "<": operator.lt, "==": operator.eq, "!=": operator.ne,
}

Version = tuple[int, ...]
Check = Callable[[Version], bool]


class ResolutionError(Exception):
    """No set of releases satisfies every constraint."""


def parse_version(text: str) -> Version:
    """'1.10.0' -> (1, 10): numeric parts with trailing zeros removed, so 1.0 == 1."""
    if not re.fullmatch(r"\d+(?:\.\d+)*", text):
        raise ValueError(f"invalid version {text!r}")
    parts = [int(p) for p in text.split(".")]
    return tuple(parts)


def parse_constraint(text: str) -> Check:
    """Compile a constraint string into a predicate over parsed versions."""
    if text.strip() in ("", "*"):
        return lambda version: True
    clauses = []
    for clause in text.split(","):
        match = _CLAUSE.match(clause)
        if not match:
            raise ValueError(f"invalid constraint {text!r}")
        clauses.append((_OPS[match.group(1)], parse_version(match.group(2))))
    return lambda version: all(op(version, bound) for op, bound in clauses)


def resolve(
    requirements: dict[str, str],
    index: dict[str, dict[str, dict[str, str]]],
) -> dict[str, str]:
    """Pick the first solution of an alphabetical, newest-first backtracking search."""
    releases = {
        name: sorted(((parse_version(v), v) for v in versions), reverse=True)
        for name, versions in index.items()
    }
    deps = {
        (name, version): [(dep, parse_constraint(c)) for dep, c in sorted(requires.items())]
        for name, versions in index.items()
        for version, requires in versions.items()
    }
    top = [(name, parse_constraint(c)) for name, c in requirements.items()]

    chosen: dict[str, tuple[Version, str]] = {}
    constraints: dict[str, list[Check]] = {}

    def allowed(name: str) -> list[tuple[Version, str]]:
        checks = constraints.get(name, [])
        return [(key, text) for key, text in releases.get(name, []) if all(c(key) for c in checks)]

    def impose(items: list[tuple[str, Check]]) -> tuple[bool, list[str]]:
        """Add constraints; False as soon as one is violated or leaves a package no version."""
        added: list[str] = []
        for name, check in items:
            constraints.setdefault(name, []).append(check)
            added.append(name)
            if name in chosen:
                if not check(chosen[name][0]):
                    return False, added
            elif not allowed(name):
                return False, added
        return True, added

    def retract(added: list[str]) -> None:
        for name in added:
            constraints[name].pop()

    def search() -> bool:
        pending = [name for name in constraints if name not in chosen and constraints[name]]
        if not pending:
            return True
        name = min(pending)
        for key, text in allowed(name):
            chosen[name] = (key, text)
            ok, added = impose(deps[(name, text)])
            if ok and search():
                return True
            retract(added)
            del chosen[name]
        return False

    ok, _ = impose(top)
    if not ok or not search():
        raise ResolutionError("no combination of releases satisfies the requirements")
    return {name: text for name, (_, text) in sorted(chosen.items())}
