# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""'Did you mean ...?' suggestions for mistyped CLI commands."""

TYPOS_PER_CHARS = 3  # allow one edit for every three typed characters (at least one)


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions each cost 1."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(
                previous[j - 1] + (char_a != char_b),
                previous[j] + 1,
                current[j - 1] + 1,
            ))
        previous = current
    return previous[-1]


def suggest_commands(typed: str, commands: list[str], limit: int = 3) -> list[str]:
    """Return up to ``limit`` known commands close to ``typed``, best first.

    Comparison ignores case. A command qualifies when its edit distance to ``typed`` is at
    most max(1, len(typed) // TYPOS_PER_CHARS). Results are ordered by distance, then by
    command name; duplicates appear once. Raises ValueError for a negative limit.
    """
    if limit < 0:
        raise ValueError("limit")
    wanted = typed.lower()
    max_edits = max(1, len(wanted) // TYPOS_PER_CHARS)
    candidates: set[tuple[int, str]] = set()
    for command in set(commands):
        name = command.lower()
        if abs(len(name) - len(wanted)) > max_edits:  # too many insertions/deletions needed
            continue
        distance = _edit_distance(wanted, name)
        if distance <= max_edits:
            candidates.add((distance, command))
    return [command for _, command in sorted(candidates)[:limit]]
