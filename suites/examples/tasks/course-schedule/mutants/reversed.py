from collections import deque


def course_order(courses, prereqs):
    indegree = {c: 0 for c in courses}
    after = {c: [] for c in courses}
    for a, b in prereqs:
        after[b].append(a)
        indegree[a] += 1
    ready = deque(c for c in courses if indegree[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for n in after[c]:
            indegree[n] -= 1
            if indegree[n] == 0:
                ready.append(n)
    if len(order) != len(courses):
        raise ValueError("cycle")
    return order
