# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_rota(costs):
    if not costs:
        return 0, []
    people = len(costs[0])
    if any(len(row) != people for row in costs):
        raise ValueError("every shift needs a cost (or None) for every person")
    if len(costs) > people:
        return None
    taken = set()
    rota = []
    total = 0
    for row in costs:
        options = [(cost, person) for person, cost in enumerate(row) if cost is not None and person not in taken]
        if not options:
            return None
        cost, person = min(options)
        taken.add(person)
        rota.append(person)
        total += cost
    return total, rota
