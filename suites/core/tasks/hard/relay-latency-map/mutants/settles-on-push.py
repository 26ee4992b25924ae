# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def fastest_relay_times(links, source):
    graph = {}
    for a, b, ms in links:
        if ms < 0:
            raise ValueError("negative latency")
        graph.setdefault(a, []).append((b, ms))
    best = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for nxt, ms in graph.get(node, []):
            if nxt not in best:
                best[nxt] = best[node] + ms
                queue.append(nxt)
    return best
