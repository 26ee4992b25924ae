# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def cluster_timeline(devices, links):
    known = set(devices)
    adj = {d: [] for d in devices}
    out = []
    for a, b in links:
        if a not in known or b not in known:
            raise ValueError("unknown device")
        adj[a].append(b)
        adj[b].append(a)
        seen = set()
        largest = clusters = 0
        for d in devices:
            if d in seen:
                continue
            clusters += 1
            seen.add(d)
            stack, count = [d], 0
            while stack:
                x = stack.pop()
                count += 1
                for y in adj[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            largest = max(largest, count)
        out.append((largest, clusters))
    return out
