# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Group customer records that share an e-mail address or a phone number."""

MIN_PHONE_DIGITS = 7
PHONE_SUFFIX_DIGITS = 9  # compare the last 9 digits so "+44 20 ..." matches "020 ..."


def _email_key(email: str) -> str | None:
    key = email.strip().lower()
    return key or None


def _phone_key(phone: str) -> str | None:
    digits = "".join(ch for ch in phone if ch in "0123456789")
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    return digits[-PHONE_SUFFIX_DIGITS:]


def merge_customers(records: list[dict]) -> list[list[int]]:
    """Return the ids of records that belong to the same customer, as sorted groups.

    Two records belong together when they share an e-mail (case-insensitive, ignoring
    surrounding spaces) or a phone number (same last nine digits, at least seven digits),
    directly or through other records. Groups are sorted by their smallest id.
    """
    parent = {record["id"]: record["id"] for record in records}

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_owner: dict[tuple[str, str], int] = {}
    for record in records:
        keys = [("email", _email_key(e)) for e in record["emails"]]
        keys += [("phone", _phone_key(p)) for p in record["phones"]]
        for kind, key in keys:
            if key is None:
                continue
            owner = first_owner.setdefault((kind, key), record["id"])
            union(owner, record["id"])

    groups: dict[int, list[int]] = {}
    for record in records:
        groups.setdefault(find(record["id"]), []).append(record["id"])
    return sorted((sorted(ids) for ids in groups.values()), key=lambda ids: ids[0])
