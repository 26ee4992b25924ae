# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_label(address):
    for key in ("name", "street", "city"):
        if not address.get(key):
            raise ValueError(f"{key} is required")
    get = lambda k: (address.get(k) or "").strip()
    city_line = get("city")
    if get("state"):
        city_line += ", " + get("state").upper()
    if get("postcode"):
        city_line += " " + get("postcode")
    lines = [get("name"), get("company"), get("street"), get("line2"), city_line]
    country = get("country").upper()
    if country not in ("US", "USA"):
        lines.append(country)
    return "\n".join(line for line in lines if line)
