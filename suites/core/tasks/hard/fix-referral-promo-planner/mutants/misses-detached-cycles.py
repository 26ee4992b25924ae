# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_promo_value(customers):
    referred = {name: [] for name in customers}
    roots = []
    for name, (referrer, _) in customers.items():
        if referrer is None:
            roots.append(name)
        elif referrer not in customers:
            raise ValueError(f"unknown referrer {referrer!r}")
        else:
            referred[referrer].append(name)
    if customers and not roots:
        raise ValueError("referrals form a cycle")
    order, stack = [], list(roots)
    while stack:
        name = stack.pop()
        order.append(name)
        stack.extend(referred[name])
    take, skip = {}, {}
    for name in reversed(order):
        take[name] = customers[name][1] + sum(skip[c] for c in referred[name])
        skip[name] = sum(max(take[c], skip[c]) for c in referred[name])
    return sum(max(take[r], skip[r]) for r in roots)
