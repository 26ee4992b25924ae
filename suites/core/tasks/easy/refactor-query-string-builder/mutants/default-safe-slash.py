# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from urllib.parse import quote


def _encode(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return quote(str(value))


def build_query(params):
    parts = []
    for key in sorted(params):
        value = params[key]
        values = value if type(value) in (list, tuple) else [value]
        parts += [f"{_encode(key)}={_encode(item)}" for item in values if item is not None]
    return "?" + "&".join(parts) if parts else ""
