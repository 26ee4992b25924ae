# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _keys(record: dict) -> list[str]:
    """Normalised match keys of a record; emails and phones are kept apart by a prefix."""
    keys = []
    for email in record.get("emails", []):
        email = email.strip().lower()
        if email:
            keys.append("e:" + email)
    for phone in record.get("phones", []):
        digits = phone.strip()
        if digits:
            keys.append("p:" + digits)
    return keys


def merge_contacts(records: list[dict]) -> list[dict]:
    """Group records that share an email or phone, directly or transitively (union-find)."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving
            i = parent[i]
        return i

    seen_ids: set[str] = set()
    owner: dict[str, int] = {}  # match key -> first record that had it
    record_keys = []
    for index, record in enumerate(records):
        if record["id"] in seen_ids:
            raise ValueError(f"duplicate record id {record['id']!r}")
        seen_ids.add(record["id"])
        keys = _keys(record)
        record_keys.append(keys)
        for key in keys:
            other = owner.setdefault(key, index)
            root_a, root_b = find(index), find(other)
            if root_a != root_b:
                parent[root_a] = root_b

    people: dict[int, tuple[set, set, set]] = {}
    for index, record in enumerate(records):
        ids, emails, phones = people.setdefault(find(index), (set(), set(), set()))
        ids.add(record["id"])
        for key in record_keys[index]:
            (emails if key[0] == "e" else phones).add(key[2:])
    result = [{"ids": sorted(ids), "emails": sorted(emails), "phones": sorted(phones)}
              for ids, emails, phones in people.values()]
    result.sort(key=lambda person: person["ids"][0])
    return result
