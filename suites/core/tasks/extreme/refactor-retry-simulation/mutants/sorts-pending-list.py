# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Simulate when each job is attempted under exponential backoff with a cap."""
from __future__ import annotations

import heapq
from typing import Iterable

Event = tuple[float, str, int, str]


def simulate_retries(
    jobs: Iterable[tuple[str, int]], base_delay: float, max_delay: float, max_attempts: int
) -> list[Event]:
    """Return every attempt as (time, job, attempt, outcome), in time order (ties by job, then attempt).

    Each job `(name, failures)` fails its first `failures` attempts and then succeeds. Everything starts
    at time 0; after failed attempt k the job retries min(max_delay, base_delay * 2**(k-1)) later, and
    gives up once attempt `max_attempts` has failed. Outcomes are "ok", "retry" and "gave-up".
    """
    if base_delay <= 0 or max_delay < base_delay:
        raise ValueError("bad delays")
    if max_attempts < 1:
        raise ValueError("bad max_attempts")
    failures: dict[str, int] = {}
    for name, fail_count in jobs:
        if name in failures:
            raise ValueError(f"duplicate job {name}")
        if fail_count < 0:
            raise ValueError("negative failures")
        failures[name] = fail_count

    pending = [(0, name, 1) for name in failures]
    events: list[Event] = []
    while pending:
        pending.sort()
        time, name, attempt = pending.pop(0)
        if attempt > failures[name]:
            events.append((time, name, attempt, "ok"))
        elif attempt >= max_attempts:
            events.append((time, name, attempt, "gave-up"))
        else:
            events.append((time, name, attempt, "retry"))
            delay = min(max_delay, base_delay * 2 ** (attempt - 1))
            pending.append((time + delay, name, attempt + 1))
    return events
