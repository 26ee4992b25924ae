# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_semesters(prereqs):
    missing = {c: 0 for c in prereqs}
    unlocks = {c: [] for c in prereqs}
    for course, required in prereqs.items():
        for p in dict.fromkeys(required):
            if p in prereqs:
                unlocks[p].append(course)
                missing[course] += 1
    plan = []
    current = [c for c, k in missing.items() if k == 0]
    planned = 0
    while current:
        current.sort()
        plan.append(current)
        planned += len(current)
        following = []
        for c in current:
            for u in unlocks[c]:
                missing[u] -= 1
                if missing[u] == 0:
                    following.append(u)
        current = following
    if planned != len(missing):
        raise ValueError("cycle")
    return plan
