# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Radio channel assignment by straightforward backtracking."""
from __future__ import annotations


def assign_channels(
    transmitters: list[str],
    channels: int,
    interference: list[tuple[str, str]],
    min_gap: int,
    fixed: dict[str, int] | None = None,
) -> dict[str, int] | None:
    if channels < 1:
        raise ValueError("need at least one channel")
    if min_gap < 1:
        raise ValueError("gap must be >= 1")
    if len(set(transmitters)) != len(transmitters):
        raise ValueError("duplicate transmitter")
    neighbours: dict[str, set[str]] = {name: set() for name in transmitters}
    for a, b in interference:
        if a not in neighbours or b not in neighbours:
            raise ValueError("unknown transmitter")
        if a == b:
            raise ValueError("self interference")
        neighbours[a].add(b)
        neighbours[b].add(a)
    fixed = fixed or {}
    for name, channel in fixed.items():
        if name not in neighbours:
            raise ValueError("unknown transmitter")
        if not 1 <= channel <= channels:
            raise ValueError("channel out of range")

    assignment: dict[str, int] = {}

    def search(i: int) -> bool:
        if i == len(transmitters):
            return True
        name = transmitters[i]
        options = [fixed[name]] if name in fixed else range(1, channels + 1)
        for channel in options:
            if all(abs(assignment[other] - channel) >= min_gap for other in neighbours[name] if other in assignment):
                assignment[name] = channel
                if search(i + 1):
                    return True
                del assignment[name]
        return False

    return dict(assignment) if search(0) else None
