# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_cabling(offices, quotes):
    known = set(offices)
    for a, b, _ in quotes:
        if a not in known or b not in known:
            raise ValueError("unknown office")
    adj = {o: [] for o in offices}
    total, chosen = 0, []

    def connected(a, b):
        seen, stack = {a}, [a]
        while stack:
            x = stack.pop()
            if x == b:
                return True
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    for i in sorted(range(len(quotes)), key=lambda i: quotes[i][2]):
        a, b, price = quotes[i]
        if not connected(a, b):
            adj[a].append(b)
            adj[b].append(a)
            total += price
            chosen.append(i)
    if len(offices) > 1 and len(chosen) != len(offices) - 1:
        raise ValueError("cannot connect")
    return total, sorted(chosen)
