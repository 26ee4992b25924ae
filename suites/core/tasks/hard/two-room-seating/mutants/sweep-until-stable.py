# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def assign_rooms(people, conflicts):
    known = set(people)
    for x, y in conflicts:
        if x not in known or y not in known:
            raise ValueError("unknown person")
    room = {}
    flip = {"A": "B", "B": "A"}
    for p in people:
        if p in room:
            continue
        room[p] = "A"
        changed = True
        while changed:
            changed = False
            for x, y in conflicts:
                if x in room and y in room:
                    if room[x] == room[y]:
                        return None
                elif x in room:
                    room[y] = flip[room[x]]
                    changed = True
                elif y in room:
                    room[x] = flip[room[y]]
                    changed = True
    return {p: room[p] for p in people}
