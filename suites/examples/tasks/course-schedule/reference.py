from collections import deque


def course_order(courses: list[str], prereqs: list[tuple[str, str]]) -> list[str]:
    indegree = {course: 0 for course in courses}
    after: dict[str, list[str]] = {course: [] for course in courses}
    for before, later in prereqs:
        after[before].append(later)
        indegree[later] += 1
    ready = deque(course for course in courses if indegree[course] == 0)
    order = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for nxt in after[course]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(courses):
        raise ValueError("the prerequisites contain a cycle")
    return order
