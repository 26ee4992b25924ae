# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Minimal edit scripts with Myers' O((N+M)·D) algorithm."""
from __future__ import annotations

from typing import Hashable, Sequence

Edit = tuple[str, Hashable]


def diff_lines(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Edit]:
    """Return a shortest edit script turning `a` into `b`."""
    # Common prefix and suffix never need to be searched.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    middle = _myers(a[start:end_a], b[start:end_b])
    return [("=", x) for x in a[:start]] + middle


def _myers(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Edit]:
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return [("-", x) for x in a] + [("+", y) for y in b]
    offset = n + m
    furthest = [0] * (2 * offset + 2)  # furthest x reached on each diagonal k = x - y
    trace: list[list[int]] = []
    for d in range(n + m + 1):
        trace.append(furthest[:])
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and furthest[offset + k - 1] < furthest[offset + k + 1]):
                x = furthest[offset + k + 1]          # step down: an insertion
            else:
                x = furthest[offset + k - 1] + 1      # step right: a deletion
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            furthest[offset + k] = x
            if x >= n and y >= m:
                return _backtrack(a, b, trace, offset, d)
    raise AssertionError("unreachable")


def _backtrack(a, b, trace: list[list[int]], offset: int, depth: int) -> list[Edit]:
    script: list[Edit] = []
    x, y = len(a), len(b)
    for d in range(depth, 0, -1):
        previous = trace[d]
        k = x - y
        if k == -d or (k != d and previous[offset + k - 1] < previous[offset + k + 1]):
            prev_k = k + 1
        else:
            prev_k = k - 1
        prev_x = previous[offset + prev_k]
        prev_y = prev_x - prev_k
        while x > prev_x and y > prev_y:
            x -= 1
            y -= 1
            script.append(("=", a[x]))
        if x == prev_x:
            y -= 1
            script.append(("+", b[y]))
        else:
            x -= 1
            script.append(("-", a[x]))
    while x > 0 and y > 0:
        x -= 1
        y -= 1
        script.append(("=", a[x]))
    script.reverse()
    return script
