# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_promo_value(customers: dict[str, tuple[str | None, int]]) -> int:
    """Best total value of a promotion mailing over a referral tree.

    `customers` maps each customer to `(referrer, value)`: the customer who referred them (None
    for customers who signed up on their own) and the expected value of sending them the promo
    (may be negative). A customer and their direct referrer must never both get the promo.
    Returns the largest total value of a valid selection (selecting nobody is worth 0).
    Raises ValueError if a referrer is not a known customer or if referrals form a cycle.
    """
    referred: dict[str, list[str]] = {name: [] for name in customers}
    roots = []
    for name, (referrer, _) in customers.items():
        if referrer is None:
            roots.append(name)
        elif referrer not in customers:
            raise ValueError(f"unknown referrer {referrer!r}")
        else:
            referred[referrer].append(name)

    # Iterative DFS from every root (chains can be far deeper than the recursion limit).
    order = []
    stack = list(roots)
    while stack:
        name = stack.pop()
        order.append(name)
        stack.extend(referred[name])
    if len(order) != len(customers):
        raise ValueError("referrals form a cycle")

    # Children come after their referrer in `order`, so walk it backwards.
    with_name: dict[str, int] = {}
    without_name: dict[str, int] = {}
    for name in reversed(order):
        take = customers[name][1]
        skip = 0
        for child in referred[name]:
            take += without_name[child]
            skip += max(with_name[child], without_name[child])
        with_name[name] = take
        without_name[name] = skip
    return sum(max(with_name[root], without_name[root]) for root in roots)
