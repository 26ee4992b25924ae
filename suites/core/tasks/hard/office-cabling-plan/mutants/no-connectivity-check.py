# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def plan_cabling(offices, quotes):
    position = {o: i for i, o in enumerate(offices)}
    for a, b, _ in quotes:
        if a not in position or b not in position:
            raise ValueError("unknown office")
    parent = list(range(len(offices)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, chosen = 0, []
    for i in sorted(range(len(quotes)), key=lambda i: quotes[i][2]):
        a, b, price = quotes[i]
        ra, rb = find(position[a]), find(position[b])
        if ra != rb:
            parent[ra] = rb
            total += price
            chosen.append(i)
    return total, sorted(chosen)
