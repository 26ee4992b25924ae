# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cheapest_rota(costs: list[list[int | None]]) -> tuple[int, list[int]] | None:
    """Assign every shift to a different person at the lowest total cost.

    `costs[shift][person]` is what it costs for `person` to cover `shift`, or None if they
    cannot. Returns `(total, rota)` where `rota[shift]` is the person covering it; among the
    cheapest rotas the lexicographically smallest `rota` list is returned. Returns None when no
    valid rota exists. No shifts gives `(0, [])`. Raises ValueError if the rows do not all have
    the same length.
    """
    shifts = len(costs)
    if shifts == 0:
        return 0, []
    people = len(costs[0])
    people = min(len(row) for row in costs)
    if shifts > people:
        return None

    # best[used] = cheapest cost of covering shifts popcount(used).. shifts-1 when the people
    # in the bitmask `used` already cover the earlier shifts; None when that is impossible.
    full = 1 << people
    best: list[int | None] = [None] * full
    for used in range(full - 1, -1, -1):
        shift = used.bit_count()
        if shift == shifts:
            best[used] = 0
        elif shift < shifts:
            best[used] = _cheapest_choice(costs[shift], used, best)[0]

    if best[0] is None:
        return None
    rota = []
    used = 0
    for shift in range(shifts):
        _, person = _cheapest_choice(costs[shift], used, best)
        rota.append(person)
        used |= 1 << person
    return best[0], rota


def _cheapest_choice(row: list[int | None], used: int, best: list[int | None]) -> tuple[int | None, int]:
    """Cheapest (cost, person) for the next shift; the lowest person index wins ties."""
    choice: tuple[int | None, int] = (None, -1)
    for person, cost in enumerate(row):
        bit = 1 << person
        if cost is None or used & bit or best[used | bit] is None:
            continue
        total = cost + best[used | bit]
        if choice[0] is None or total < choice[0]:
            choice = (total, person)
    return choice
