# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_semesters(prereqs):
    missing, unlocks = {}, {}
    for course, required in prereqs.items():
        missing.setdefault(course, 0)
        unlocks.setdefault(course, [])
        for p in set(required):
            missing.setdefault(p, 0)
            unlocks.setdefault(p, []).append(course)
            missing[course] += 1
    plan = []
    current = [c for c, k in missing.items() if k == 0]
    planned = 0
    while current:
        following = []
        i = 0
        while i < len(current):
            for u in unlocks[current[i]]:
                missing[u] -= 1
                if missing[u] == 0:
                    if len(unlocks[u]) == 0:
                        current.append(u)  # nothing depends on it: take it right away
                    else:
                        following.append(u)
            i += 1
        current.sort()
        plan.append(current)
        planned += len(current)
        current = following
    if planned != len(missing):
        raise ValueError("cycle")
    return plan
