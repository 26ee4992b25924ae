"""Validators receive plain data only: the case's args, the candidate's output, the reference's."""


def valid_order(args, output, expected):
    courses, prereqs = args
    if not isinstance(output, list) or sorted(output) != sorted(courses) or len(set(output)) != len(output):
        return False
    position = {course: i for i, course in enumerate(output)}
    return all(position[a] < position[b] for a, b in prereqs)
