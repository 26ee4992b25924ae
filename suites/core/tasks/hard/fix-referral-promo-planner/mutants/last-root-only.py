# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_promo_value(customers):
    referred = {name: [] for name in customers}
    root = None
    for name, (referrer, _) in customers.items():
        if referrer is None:
            root = name
        elif referrer not in customers:
            raise ValueError(f"unknown referrer {referrer!r}")
        else:
            referred[referrer].append(name)
    if root is None:
        if customers:
            raise ValueError("referrals form a cycle")
        return 0
    order, stack = [], [root]
    while stack:
        name = stack.pop()
        order.append(name)
        stack.extend(referred[name])
    take, skip = {}, {}
    for name in reversed(order):
        take[name] = customers[name][1] + sum(skip[c] for c in referred[name])
        skip[name] = sum(max(take[c], skip[c]) for c in referred[name])
    return max(take[root], skip[root])
