# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _norm(record):
    emails = {e.strip().lower() for e in record.get("emails", []) if e.strip()}
    phones = set()
    for p in record.get("phones", []):
        digits = "".join(c for c in p if c.isdigit())
        if digits:
            phones.add(digits)
    return emails, phones


def merge_contacts(records):
    ids_seen = set()
    groups = []  # [ids, emails, phones]
    for record in records:
        if record["id"] in ids_seen:
            raise ValueError("duplicate id")
        ids_seen.add(record["id"])
        emails, phones = _norm(record)
        merged = [{record["id"]}, emails, phones]
        rest = []
        for group in groups:
            if not group[1].isdisjoint(emails) or not group[2].isdisjoint(phones):
                merged[0] |= group[0]
                merged[1] |= group[1]
                merged[2] |= group[2]
            else:
                rest.append(group)
        rest.append(merged)
        groups = rest
    out = [{"ids": sorted(g[0]), "emails": sorted(g[1]), "phones": sorted(g[2])} for g in groups]
    out.sort(key=lambda p: p["ids"][0])
    return out
