# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_promo_value(customers):
    referred = {}
    roots = []
    for name, (referrer, value) in customers.items():
        if referrer is None:
            roots.append(name)
        else:
            if referrer not in customers:
                raise ValueError(f"unknown referrer {referrer!r}")
            referred.setdefault(referrer, []).append(name)
    if not roots and customers:
        raise ValueError("referrals form a cycle")
    seen = set()

    def best(name):
        seen.add(name)
        with_name = customers[name][1]
        for child in referred.get(name, []):
            for grandchild in referred.get(child, []):
                with_name += best(grandchild)
        without_name = sum(best(child) for child in referred.get(name, []))
        return max(with_name, without_name)

    total = sum(best(root) for root in roots)
    if len(seen) != len(customers):
        raise ValueError("referrals form a cycle")
    return total
