# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def assign_rooms(people, conflicts):
    known = set(people)
    room = {}
    for x, y in conflicts:
        if x not in known or y not in known:
            raise ValueError("unknown person")
        if x not in room and y not in room:
            room[x], room[y] = "A", "B"
        elif x not in room:
            room[x] = "B" if room[y] == "A" else "A"
        elif y not in room:
            room[y] = "B" if room[x] == "A" else "A"
        elif room[x] == room[y]:
            return None
    return {p: room.get(p, "A") for p in people}
