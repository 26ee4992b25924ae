# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def best_promo_value(customers: dict[str, tuple[str | None, int]]) -> int:
    """Best total value of a promotion mailing over a referral tree.

    `customers` maps each customer to `(referrer, value)`: the customer who referred them (None
    for customers who signed up on their own) and the expected value of sending them the promo
    (may be negative). A customer and their direct referrer must never both get the promo.
    Returns the largest total value of a valid selection (selecting nobody is worth 0).
    Raises ValueError if a referrer is not a known customer or if referrals form a cycle.
    """
    referred = {}
    root = None
    for name, (referrer, value) in customers.items():
        if referrer is None:
            root = name
        else:
            if referrer not in customers:
                raise ValueError(f"unknown referrer {referrer!r}")
            referred.setdefault(referrer, []).append(name)
    if root is None:
        if customers:
            raise ValueError("referrals form a cycle")
        return 0

    def best(name):
        # Either promote `name` (then skip their referrals, but their grandchildren are free)
        # or skip `name` and take the best of each referral's subtree.
        with_name = customers[name][1]
        for child in referred.get(name, []):
            for grandchild in referred.get(child, []):
                with_name += best(grandchild)
        without_name = sum(best(child) for child in referred.get(name, []))
        return max(with_name, without_name)

    return best(root)
