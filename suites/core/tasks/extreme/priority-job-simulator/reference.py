# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Discrete-event simulation of prioritised jobs with dependencies on a fixed worker pool."""
from __future__ import annotations

import heapq


def simulate(jobs: dict[str, tuple[int, int, list[str]]], workers: int) -> list[tuple[str, int, int]]:
    """Return (name, start, end) for every job, sorted by start time then name."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    waiting_on: dict[str, int] = {}
    dependents: dict[str, list[str]] = {name: [] for name in jobs}
    for name, (duration, _priority, deps) in jobs.items():
        if not isinstance(duration, int) or isinstance(duration, bool) or duration < 1:
            raise ValueError(f"job {name!r} needs a positive integer duration")
        for dep in deps:
            if dep not in jobs:
                raise ValueError(f"job {name!r} depends on unknown job {dep!r}")
            dependents[dep].append(name)
        waiting_on[name] = len(deps)
    _check_acyclic(jobs, dependents, dict(waiting_on))

    ready = [(-jobs[name][1], name) for name, count in waiting_on.items() if count == 0]
    heapq.heapify(ready)
    running: list[tuple[int, str]] = []
    schedule: list[tuple[str, int, int]] = []
    now, free = 0, workers
    while ready or running:
        while free and ready:
            _, name = heapq.heappop(ready)
            end = now + jobs[name][0]
            heapq.heappush(running, (end, name))
            schedule.append((name, now, end))
            free -= 1
        now = running[0][0]
        while running and running[0][0] == now:
            _, done = heapq.heappop(running)
            free += 1
            for child in dependents[done]:
                waiting_on[child] -= 1
                if waiting_on[child] == 0:
                    heapq.heappush(ready, (-jobs[child][1], child))
    schedule.sort(key=lambda entry: (entry[1], entry[0]))
    return schedule


def _check_acyclic(jobs: dict, dependents: dict[str, list[str]], waiting_on: dict[str, int]) -> None:
    stack = [name for name, count in waiting_on.items() if count == 0]
    seen = 0
    while stack:
        name = stack.pop()
        seen += 1
        for child in dependents[name]:
            waiting_on[child] -= 1
            if waiting_on[child] == 0:
                stack.append(child)
    if seen != len(jobs):
        raise ValueError("dependency cycle")
