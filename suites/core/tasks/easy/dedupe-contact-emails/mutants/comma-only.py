# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def dedupe_emails(entries):
    seen = set()
    result = []
    for entry in entries:
        for piece in entry.split(","):
            address = piece.strip()
            if address and address.lower() not in seen:
                seen.add(address.lower())
                result.append(address)
    return result
