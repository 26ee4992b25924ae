# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Radio channel assignment: backtracking in transmitter order with forward checking."""
from __future__ import annotations


def assign_channels(
    transmitters: list[str],
    channels: int,
    interference: list[tuple[str, str]],
    min_gap: int,
    fixed: dict[str, int] | None = None,
) -> dict[str, int] | None:
    """Give each transmitter a channel in 1..channels so interfering pairs are >= min_gap apart.

    Returns the lexicographically first assignment (transmitters in order, lowest channel first),
    or None if there is none.
    """
    if channels < 1:
        raise ValueError("need at least one channel")
    if min_gap < 1:
        raise ValueError("gap must be >= 1")
    index: dict[str, int] = {}
    for i, name in enumerate(transmitters):
        if name in index:
            raise ValueError("duplicate transmitter")
        index[name] = i

    neighbours: list[set[int]] = [set() for _ in transmitters]
    for a, b in interference:
        if a not in index or b not in index:
            raise ValueError("unknown transmitter")
        if a == b:
            raise ValueError("self interference")
        neighbours[index[a]].add(index[b])

    domains = [set(range(1, channels + 1)) for _ in transmitters]
    for name, channel in (fixed or {}).items():
        if name not in index:
            raise ValueError("unknown transmitter")
        if not 1 <= channel <= channels:
            raise ValueError("channel out of range")
        domains[index[name]] &= {channel}

    later = [sorted(j for j in neighbours[i] if j > i) for i in range(len(transmitters))]
    chosen: list[int] = []

    def search(i: int) -> bool:
        if i == len(transmitters):
            return True
        for channel in sorted(domains[i]):
            removed: list[tuple[int, set[int]]] = []
            alive = True
            for j in later[i]:
                clash = {c for c in domains[j] if abs(c - channel) < min_gap}
                domains[j] -= clash
                removed.append((j, clash))
                if not domains[j]:
                    alive = False
                    break
            chosen.append(channel)
            if alive and search(i + 1):
                return True
            chosen.pop()
            for j, clash in removed:
                domains[j] |= clash
        return False

    if not search(0):
        return None
    return dict(zip(transmitters, chosen))
