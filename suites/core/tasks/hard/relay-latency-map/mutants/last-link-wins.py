# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def fastest_relay_times(links, source):
    graph = {}
    for a, b, ms in links:
        if ms < 0:
            raise ValueError("negative latency")
        graph.setdefault(a, {})[b] = ms
    best = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in best:
            continue
        best[node] = d
        for nxt, ms in graph.get(node, {}).items():
            if nxt not in best:
                heapq.heappush(heap, (d + ms, nxt))
    return best
