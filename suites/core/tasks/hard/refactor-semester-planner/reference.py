# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Group courses into semesters so every course comes after its prerequisites."""


def plan_semesters(prereqs: dict[str, list[str]]) -> list[list[str]]:
    """Return the courses grouped by the earliest semester in which they can be taken.

    ``prereqs`` maps a course to the courses that must be completed first; a prerequisite that
    is not a key is a course without prerequisites. Each semester holds every course whose
    prerequisites were all completed in earlier semesters, sorted by name. Raises ValueError
    if the prerequisites contain a cycle.
    """
    missing: dict[str, int] = {}  # number of distinct prerequisites not yet completed
    unlocks: dict[str, list[str]] = {}
    for course, required in prereqs.items():
        missing.setdefault(course, 0)
        unlocks.setdefault(course, [])
        for prerequisite in dict.fromkeys(required):  # distinct, in order
            missing.setdefault(prerequisite, 0)
            unlocks.setdefault(prerequisite, []).append(course)
            missing[course] += 1

    semesters: list[list[str]] = []
    current = [course for course, count in missing.items() if count == 0]
    planned = 0
    while current:
        current.sort()
        semesters.append(current)
        planned += len(current)
        following = []
        for course in current:
            for unlocked in unlocks[course]:
                missing[unlocked] -= 1
                if missing[unlocked] == 0:
                    following.append(unlocked)
        current = following

    if planned != len(missing):
        raise ValueError("cycle")
    return semesters
