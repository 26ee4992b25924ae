# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def parse_params(header):
    params = {}
    for part in header.split(";"):
        part = part.strip()
        if not part:
            continue
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if not key:
            raise ValueError("empty key")
        params.setdefault(key, value.strip().strip('"'))
    return params
