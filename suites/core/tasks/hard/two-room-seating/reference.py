# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Two-colouring of a conflict graph with a canonical colour choice."""
from collections import deque


def assign_rooms(people: list[str], conflicts: list[tuple[str, str]]) -> dict[str, str] | None:
    """Assign rooms "A"/"B" so conflicting pairs are apart, or return None if impossible."""
    neighbours: dict[str, list[str]] = {person: [] for person in people}
    for x, y in conflicts:
        if x not in neighbours or y not in neighbours:
            raise ValueError(f"unknown person in conflict ({x!r}, {y!r})")
        neighbours[x].append(y)
        neighbours[y].append(x)

    room: dict[str, str] = {}
    for first in people:
        if first in room:
            continue
        room[first] = "A"
        queue = deque([first])
        while queue:
            person = queue.popleft()
            other = "B" if room[person] == "A" else "A"
            for neighbour in neighbours[person]:
                if neighbour not in room:
                    room[neighbour] = other
                    queue.append(neighbour)
                elif room[neighbour] != other:
                    return None
    return {person: room[person] for person in people}
