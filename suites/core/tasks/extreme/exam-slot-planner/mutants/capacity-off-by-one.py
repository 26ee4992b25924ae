# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Exam timetabling: backtracking in a fixed order with forward checking."""
from __future__ import annotations


def plan_exams(
    exams: list[str],
    slots: list[str],
    conflicts: list[tuple[str, str]],
    max_per_slot: int,
    allowed: dict[str, list[str]] | None = None,
) -> dict[str, str] | None:
    """Return the lexicographically first valid timetable (exam order, then slot order), or None."""
    if len(set(exams)) != len(exams) or len(set(slots)) != len(slots):
        raise ValueError("duplicate exam or slot")
    if max_per_slot < 1:
        raise ValueError("max_per_slot must be at least 1")
    exam_index = {exam: i for i, exam in enumerate(exams)}
    slot_index = {slot: i for i, slot in enumerate(slots)}

    neighbours: list[set[int]] = [set() for _ in exams]
    for a, b in conflicts:
        if a not in exam_index or b not in exam_index:
            raise ValueError(f"unknown exam in conflict {(a, b)!r}")
        if a == b:
            raise ValueError(f"exam {a!r} cannot conflict with itself")
        neighbours[exam_index[a]].add(exam_index[b])
        neighbours[exam_index[b]].add(exam_index[a])

    domains: list[set[int]] = [set(range(len(slots))) for _ in exams]
    for exam, names in (allowed or {}).items():
        if exam not in exam_index or any(name not in slot_index for name in names):
            raise ValueError(f"unknown exam or slot in allowed[{exam!r}]")
        domains[exam_index[exam]] = {slot_index[name] for name in names}

    later = [sorted(j for j in neighbours[i] if j > i) for i in range(len(exams))]
    load = [0] * len(slots)
    chosen: list[int] = []

    def prune(i: int, slot: int, removed: list[int]) -> bool:
        """Remove `slot` from the domains of later exams it now excludes; False on a wipe-out."""
        targets = range(i + 1, len(exams)) if load[slot] > max_per_slot else later[i]
        for j in targets:
            if slot in domains[j]:
                domains[j].discard(slot)
                removed.append(j)
                if not domains[j]:
                    return False
        return True

    def search(i: int) -> bool:
        if i == len(exams):
            return True
        for slot in sorted(domains[i]):
            load[slot] += 1
            chosen.append(slot)
            removed: list[int] = []
            if prune(i, slot, removed) and search(i + 1):
                return True
            for j in removed:
                domains[j].add(slot)
            chosen.pop()
            load[slot] -= 1
        return False

    if not exams:
        return {}
    if not search(0):
        return None
    return {exam: slots[slot] for exam, slot in zip(exams, chosen)}
