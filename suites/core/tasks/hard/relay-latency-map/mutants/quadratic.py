# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def fastest_relay_times(links, source):
    graph = {}
    nodes = {source}
    for a, b, ms in links:
        if ms < 0:
            raise ValueError("negative latency")
        graph.setdefault(a, []).append((b, ms))
        nodes.add(a)
        nodes.add(b)
    dist = {source: 0}
    done = set()
    while True:
        candidates = {n: d for n, d in dist.items() if n not in done}
        if not candidates:
            break
        current = min(candidates, key=candidates.get)
        done.add(current)
        for nxt, ms in graph.get(current, []):
            if nxt not in dist or dist[current] + ms < dist[nxt]:
                dist[nxt] = dist[current] + ms
    return dist
