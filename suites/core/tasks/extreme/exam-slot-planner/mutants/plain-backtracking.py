# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_exams(exams, slots, conflicts, max_per_slot, allowed=None):
    if len(set(exams)) != len(exams) or len(set(slots)) != len(slots):
        raise ValueError("duplicate exam or slot")
    if max_per_slot < 1:
        raise ValueError("max_per_slot must be at least 1")
    known = set(exams)
    neighbours = {exam: set() for exam in exams}
    for a, b in conflicts:
        if a not in known or b not in known or a == b:
            raise ValueError(f"bad conflict {(a, b)!r}")
        neighbours[a].add(b)
        neighbours[b].add(a)
    options = {exam: list(slots) for exam in exams}
    for exam, names in (allowed or {}).items():
        if exam not in known or any(name not in slots for name in names):
            raise ValueError(f"bad allowed entry {exam!r}")
        options[exam] = [slot for slot in slots if slot in names]
    plan = {}
    load = {slot: 0 for slot in slots}

    def search(i):
        if i == len(exams):
            return True
        exam = exams[i]
        for slot in options[exam]:
            if load[slot] >= max_per_slot:
                continue
            if any(plan.get(other) == slot for other in neighbours[exam]):
                continue
            plan[exam] = slot
            load[slot] += 1
            if search(i + 1):
                return True
            load[slot] -= 1
            del plan[exam]
        return False

    return dict(plan) if search(0) else None
