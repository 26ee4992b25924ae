# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def assign_rooms(people, conflicts):
    nb = {p: [] for p in people}
    for x, y in conflicts:
        if x not in nb or y not in nb:
            raise ValueError("unknown person")
        if x == y:
            continue
        nb[x].append(y)
        nb[y].append(x)
    room = {}
    for first in people:
        if first in room:
            continue
        room[first] = "A"
        q = deque([first])
        while q:
            p = q.popleft()
            other = "B" if room[p] == "A" else "A"
            for n in nb[p]:
                if n not in room:
                    room[n] = other
                    q.append(n)
                elif room[n] != other:
                    return None
    return {p: room[p] for p in people}
