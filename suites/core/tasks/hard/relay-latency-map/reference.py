# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Single-source lowest-latency map over a directed relay mesh."""
import heapq
from collections import defaultdict


def fastest_relay_times(links: list[tuple[str, str, int]], source: str) -> dict[str, int]:
    """Return the lowest total latency from source to every reachable relay (Dijkstra)."""
    graph: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a, b, ms in links:
        if ms < 0:
            raise ValueError(f"negative latency on link {a!r} -> {b!r}: {ms}")
        graph[a].append((b, ms))

    best: dict[str, int] = {}
    heap: list[tuple[int, str]] = [(0, source)]
    while heap:
        dist, relay = heapq.heappop(heap)
        if relay in best:
            continue
        best[relay] = dist
        for nxt, ms in graph.get(relay, ()):
            if nxt not in best:
                heapq.heappush(heap, (dist + ms, nxt))
    return best
