# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def mask_email(address):
    address = address.strip()
    if "@" not in address:
        raise ValueError("invalid address")
    local, domain = address.rsplit("@", 1)
    if not local or not domain:
        raise ValueError("invalid address")
    local = local.split("+", 1)[0]
    if not local:
        raise ValueError("invalid address")
    if len(local) >= 3:
        masked = local[0] + "***" + local[-1]
    elif len(local) == 2:
        masked = local[0] + "***"
    else:
        masked = "***"
    return masked + "@" + domain.lower()
