# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
DOMESTIC = {"US", "USA"}


def _field(address: dict, key: str) -> str:
    """The stripped value of key, or "" when it is missing, None or blank."""
    return (address.get(key) or "").strip()


def _required(address: dict, key: str) -> str:
    value = _field(address, key)
    if not value:
        raise ValueError(f"{key} is required")
    return value


def format_label(address: dict) -> str:
    """Shipping label text: one line per non-empty part, country omitted for the US."""
    name, street, city = (_required(address, key) for key in ("name", "street", "city"))
    state, postcode = _field(address, "state").upper(), _field(address, "postcode")
    city_line = city + (f", {state}" if state else "") + (f" {postcode}" if postcode else "")
    country = _field(address, "country").upper()
    lines = [name, _field(address, "company"), street, _field(address, "line2"), city_line]
    if country not in DOMESTIC:
        lines.append(country)
    return "\n".join(line for line in lines if line)
