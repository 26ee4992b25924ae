# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _field(address, key):
    return (address.get(key) or "").strip()


def format_label(address):
    for key in ("name", "street", "city"):
        if not _field(address, key):
            raise ValueError(f"{key} is required")
    city_line = _field(address, "city")
    if _field(address, "state"):
        city_line += ", " + _field(address, "state").upper()
    if _field(address, "postcode"):
        city_line += " " + _field(address, "postcode")
    lines = [_field(address, "name"), _field(address, "company"), _field(address, "street"), _field(address, "line2"), city_line]
    country = (address.get("country") or "").upper()
    if country and country not in ("US", "USA"):
        lines.append(country.strip())
    return "\n".join(line for line in lines if line)
