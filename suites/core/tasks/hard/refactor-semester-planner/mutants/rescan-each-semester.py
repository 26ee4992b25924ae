# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_semesters(prereqs):
    required = {}
    for course, needs in prereqs.items():
        required.setdefault(course, set()).update(needs)
        for p in needs:
            required.setdefault(p, set())
    done = set()
    remaining = set(required)
    plan = []
    while remaining:
        semester = sorted(c for c in remaining if required[c] <= done)
        if not semester:
            raise ValueError("cycle")
        plan.append(semester)
        done.update(semester)
        remaining.difference_update(semester)
    return plan
