# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def ordinal(n: int) -> str:
    """English ordinal for a ranking badge: 1 -> "1st", 2 -> "2nd", 23 -> "23rd".

    n must be a non-negative int; anything else raises ValueError.
    """
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
