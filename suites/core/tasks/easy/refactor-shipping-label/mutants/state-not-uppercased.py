# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _field(address, key):
    return (address.get(key) or "").strip()


def format_label(address):
    for key in ("name", "street", "city"):
        if not _field(address, key):
            raise ValueError(f"{key} is required")
    parts = [_field(address, "city")]
    if _field(address, "state"):
        parts.append(", " + _field(address, "state"))
    if _field(address, "postcode"):
        parts.append(" " + _field(address, "postcode"))
    lines = [_field(address, "name"), _field(address, "company"), _field(address, "street"), _field(address, "line2"), "".join(parts)]
    country = _field(address, "country").upper()
    if country not in ("US", "USA"):
        lines.append(country)
    return "\n".join(line for line in lines if line)
