# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Weighted optimal-string-alignment distance for typo ranking."""

INSERT = DELETE = 2
CASE_CHANGE = 1
REPLACE = 3
SWAP = 1


def typo_cost(typed: str, sku: str) -> int:
    """Return the cheapest cost of editing typed into sku."""
    if not isinstance(typed, str) or not isinstance(sku, str):
        raise TypeError("typo_cost expects two strings")
    n, m = len(typed), len(sku)
    # rows[i][j]: cost of turning typed[:i] into sku[:j]; keep the last two rows only.
    before = []
    prev = [j * INSERT for j in range(m + 1)]
    for i in range(1, n + 1):
        a = typed[i - 1]
        cur = [i * DELETE] + [0] * m
        for j in range(1, m + 1):
            b = sku[j - 1]
            if a == b:
                replace = prev[j - 1]
            elif a.lower() == b.lower():
                replace = prev[j - 1] + CASE_CHANGE
            else:
                replace = prev[j - 1] + REPLACE
            best = min(replace, prev[j] + DELETE, cur[j - 1] + INSERT)
            if i > 1 and j > 1 and a == sku[j - 2] and typed[i - 2] == b and a != b:
                best = min(best, before[j - 2] + SWAP)
            cur[j] = best
        before, prev = prev, cur
    return prev[m]
